/* zhitu view: draws the graph carried by #zhitu-data with Apache ECharts, and lists what a clicked node's
   statements say and which sentences say it. Every text of the graph goes into the page as textContent
   (or escaped, in tooltips), never as markup. */
(function () {
  'use strict';

  var D = JSON.parse(document.getElementById('zhitu-data').textContent);
  var U = D.ui;
  var shown = D.shown.nodes;
  var panel = document.getElementById('panel');
  var search = document.getElementById('search');
  var matches = document.getElementById('matches');

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
    });
  }

  function compact(iri) {
    for (var i = 0; i < D.prefixes.length; i++) {
      var ns = D.prefixes[i][1];
      if (iri.length > ns.length && iri.indexOf(ns) === 0) return D.prefixes[i][0] + ':' + iri.slice(ns.length);
    }
    return iri;
  }

  function clip(s, n) {
    return s.length > n ? s.slice(0, n - 1) + '\u2026' : s;
  }

  function category(t) {
    return D.categories[D.terms[t].c];
  }

  // the statements of each term, those it is the subject of first
  var outgoing = {}, incoming = {};
  D.statements.forEach(function (s, i) {
    (outgoing[s.s] = outgoing[s.s] || []).push(i);
    if (s.o != null && s.o !== s.s) (incoming[s.o] = incoming[s.o] || []).push(i);
  });

  function done(nodes, edges) {
    document.body.setAttribute('data-zhitu-nodes', String(nodes));
    document.body.setAttribute('data-zhitu-edges', String(edges));
  }

  var chart = null;
  var selected = -1;

  if (shown === 0) {
    done(0, 0);
  } else {
    chart = echarts.init(document.getElementById('chart'), null, {renderer: 'canvas'});
    draw();
  }

  function draw() {
    // a large graph gets smaller dots, and names only on its best connected nodes (the others on hover)
    var many = shown > 60;
    var scale = many ? Math.max(0.4, Math.sqrt(60 / shown)) : 1;
    var nodes = [];
    var used = {};
    for (var i = 0; i < shown; i++) {
      var t = D.terms[i];
      var node = {id: String(i), name: t.l, category: t.c, value: t.d, symbolSize: Math.max(4, Math.round(t.z * scale))};
      if (many && i >= 40) node.label = {show: false};
      nodes.push(node);
      used[t.c] = true;
    }
    var links = D.edges.map(function (e) {
      var link = {source: String(e[0]), target: String(e[1]), p: e[2]};
      // a document's link to what it names is no statement about the world: drawn faint
      if (D.predicates[e[2]].w) link.lineStyle = {type: 'dashed', opacity: 0.22};
      return link;
    });
    var legend = [];
    D.categories.forEach(function (c, i) { if (used[i]) legend.push(c.name); });

    // room per node, so that a small graph spreads out and a large one stays on the screen
    var w = Math.max(320, chart.getWidth()), h = Math.max(240, chart.getHeight());
    var room = Math.max(18, Math.min(110, 0.6 * Math.sqrt(w * h / shown)));

    var option = {
      animation: false,
      tooltip: {
        confine: true, transitionDuration: 0,
        formatter: function (p) {
          if (p.dataType === 'edge') {
            return esc(D.terms[+p.data.source].l) + ' <span style="color:#7b8794">' + esc(D.predicates[p.data.p].l)
              + ' \u2192</span> ' + esc(D.terms[+p.data.target].l);
          }
          var t = D.terms[+p.data.id];
          return '<b>' + esc(t.l) + '</b><br><span style="color:#7b8794">' + esc(category(+p.data.id).name)
            + ' \u00b7 ' + t.d + ' ' + esc(U.degree) + '</span>';
        }
      },
      legend: [{
        type: 'scroll', data: legend, top: 10, left: 16, right: 16,
        icon: 'circle', itemWidth: 10, itemHeight: 10, textStyle: {fontSize: 12, color: '#3e4c59'}
      }],
      series: [{
        id: 'graph', type: 'graph', layout: 'force',
        top: 60, bottom: 36, left: 40, right: many ? 110 : 170,
        data: nodes, links: links,
        categories: D.categories.map(function (c) { return {name: c.name, itemStyle: {color: c.colour}}; }),
        roam: true, draggable: true, selectedMode: 'single', scaleLimit: {min: 0.1, max: 8},
        force: {
          initLayout: 'circular', layoutAnimation: false, gravity: many ? 0.12 : 0.08, friction: 0.6,
          repulsion: [room * 2.2, room * 7], edgeLength: [room * 0.7, room * 1.3]
        },
        autoCurveness: true,
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: [0, 6],
        itemStyle: {borderColor: '#fff', borderWidth: 1},
        lineStyle: {color: 'source', width: 1, opacity: 0.45},
        label: {
          show: true, position: 'right', distance: 4, fontSize: many ? 10 : 12, color: '#323f4b',
          formatter: function (p) { return clip(p.name, many ? 18 : 26); }
        },
        labelLayout: {hideOverlap: true},
        edgeLabel: {
          show: false, fontSize: 10, color: '#52606d',
          formatter: function (p) { return D.predicates[p.data.p].l; }
        },
        emphasis: {focus: 'adjacency', scale: true, lineStyle: {width: 2, opacity: 0.9}, edgeLabel: {show: true}},
        blur: {itemStyle: {opacity: 0.15}, lineStyle: {opacity: 0.05}, label: {opacity: 0.25}},
        select: {itemStyle: {borderColor: '#1f2933', borderWidth: 2}, label: {fontWeight: 'bold'}}
      }]
    };

    chart.on('finished', function once() {
      chart.off('finished', once);
      var series = chart.getModel().getSeriesByIndex(0);
      done(series.getData().count(), series.getEdgeData().count());
    });
    chart.setOption(option);

    // ECharts' force layout has settled (layoutAnimation is off). Its positions become the nodes' own, laid
    // out as they are ('none'), so that the view frames the graph as drawn rather than the box it started in,
    // and stays put when the legend hides a class
    var data = chart.getModel().getSeriesByIndex(0).getData();
    var placed = nodes.map(function (n, i) {
      var at = data.getItemLayout(i);
      return at && isFinite(at[0]) && isFinite(at[1]) ? Object.assign({}, n, {x: at[0], y: at[1]}) : n;
    });
    chart.setOption({series: [{id: 'graph', layout: 'none', data: placed}]});

    chart.on('click', function (p) {
      if (p.dataType === 'node') show(+p.data.id, false);
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  // ---- the side panel

  function termLink(t, self) {
    var name = D.terms[t].l;
    if (t === self) return el('span', 'self', name);
    var a = el('a', 'link', name);
    a.href = '#';
    a.title = compact(D.terms[t].k);
    a.addEventListener('click', function (e) { e.preventDefault(); show(t, true); });
    return a;
  }

  function literal(s) {
    var span = el('span', 'lit');
    var v = s.v;
    if (s.t === 'xsd:long' || s.t === 'xsd:integer' || s.t === 'xsd:int') {
      if (/^-?\d{5,}$/.test(v)) v = v.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    }
    span.appendChild(document.createTextNode(v));
    if (s.t) span.appendChild(el('span', 'tag', s.t));
    return span;
  }

  function statementItem(i, self) {
    var s = D.statements[i];
    var li = el('li');
    var triple = el('div', 'triple');
    triple.appendChild(termLink(s.s, self));
    triple.appendChild(document.createTextNode(' '));
    var p = el('span', 'p', D.predicates[s.p].l + ' \u2192');
    p.title = compact(D.predicates[s.p].i);
    triple.appendChild(p);
    triple.appendChild(document.createTextNode(' '));
    triple.appendChild(s.o != null ? termLink(s.o, self) : literal(s));
    li.appendChild(triple);
    if (!s.e) {
      li.appendChild(el('div', 'none', U.noEvidence));
      return li;
    }
    s.e.forEach(function (k) {
      var ev = D.evidence[k];
      if (ev.t != null) li.appendChild(el('blockquote', 'sentence', ev.t));
      var src = el('div', 'src');
      if (ev.d != null) {
        src.appendChild(document.createTextNode(U.document + ' '));
        var doc = termLink(ev.d, -1);
        doc.classList.add('doc');
        src.appendChild(doc);
      }
      var where = ev.d != null ? [compact(D.terms[ev.d].k)] : [];
      if (ev.n != null) where.push(U.sentence + ' ' + ev.n);
      if (ev.b != null && ev.e != null) where.push(U.chars + ' ' + ev.b + '\u2013' + ev.e);
      if (ev.r != null) where.push(U.rule + ' ' + ev.r);
      if (where.length) src.appendChild(el('div', 'where', where.join(' \u00b7 ')));
      li.appendChild(src);
    });
    return li;
  }

  function show(t, focus) {
    var term = D.terms[t];
    panel.textContent = '';
    panel.setAttribute('data-term', term.k);
    panel.appendChild(el('h2', null, term.l));
    var chip = el('div', 'chip');
    var dot = el('span', 'dot');
    dot.style.background = category(t).colour;
    chip.appendChild(dot);
    chip.appendChild(document.createTextNode(category(t).name + ' \u00b7 ' + term.d + ' ' + U.degree
      + (t < shown ? '' : ' \u00b7 ' + U.notDrawn)));
    panel.appendChild(chip);
    var iri = el('div', 'iri', compact(term.k));
    iri.title = term.k;
    panel.appendChild(iri);
    if (term.n) {
      var also = el('p', 'meta');
      also.appendChild(el('b', null, U.also + ': '));
      also.appendChild(document.createTextNode(term.n.map(function (n) {
        return n[1] ? n[0] + ' (' + n[1] + ')' : n[0];
      }).join(', ')));
      panel.appendChild(also);
    }
    if (term.s) {
      var same = el('p', 'meta');
      same.appendChild(el('b', null, U.sameAs + ': '));
      same.appendChild(el('span', 'iri', term.s.map(compact).join(', ')));
      panel.appendChild(same);
    }
    var list = (outgoing[t] || []).concat(incoming[t] || []);
    panel.appendChild(el('h3', null, U.statements + ' (' + list.length + ')'));
    if (!list.length) panel.appendChild(el('p', 'none', U.noStatements));
    var ol = el('ol', 'statements');
    list.forEach(function (i) { ol.appendChild(statementItem(i, t)); });
    panel.appendChild(ol);
    panel.scrollTop = 0;

    if (chart) {
      if (selected >= 0) chart.dispatchAction({type: 'unselect', seriesIndex: 0, dataIndex: selected});
      selected = t < shown ? t : -1;
      if (selected >= 0) {
        chart.dispatchAction({type: 'select', seriesIndex: 0, dataIndex: selected});
        if (focus) {
          chart.dispatchAction({type: 'downplay', seriesIndex: 0});
          chart.dispatchAction({type: 'highlight', seriesIndex: 0, dataIndex: selected});
        }
      }
    }
  }

  // ---- search

  var found = [];
  var active = -1;

  // names that start with the text first, then names that hold it, then other names and IRIs; each in drawing order
  function find(q) {
    q = q.trim().toLowerCase();
    if (!q) return [];
    var ranked = [[], [], []];
    for (var i = 0; i < D.terms.length; i++) {
      var t = D.terms[i];
      var l = t.l.toLowerCase();
      if (l.indexOf(q) === 0) ranked[0].push(i);
      else if (l.indexOf(q) > 0) ranked[1].push(i);
      else if (t.k.toLowerCase().indexOf(q) >= 0 || compact(t.k).toLowerCase().indexOf(q) >= 0
        || (t.n || []).some(function (n) { return n[0].toLowerCase().indexOf(q) >= 0; })) ranked[2].push(i);
    }
    return ranked[0].concat(ranked[1], ranked[2]).slice(0, 50);
  }

  function renderMatches() {
    matches.textContent = '';
    if (!search.value.trim()) { matches.hidden = true; return; }
    if (!found.length) {
      matches.appendChild(el('li', 'none', U.noMatch));
    }
    found.slice(0, 12).forEach(function (t, k) {
      var li = el('li', k === active ? 'active' : null);
      var dot = el('span', 'dot');
      dot.style.background = category(t).colour;
      li.appendChild(dot);
      li.appendChild(el('span', null, D.terms[t].l));
      li.appendChild(el('span', 'iri', compact(D.terms[t].k)));
      if (t >= shown) li.appendChild(el('span', 'off', U.notDrawn));
      li.addEventListener('mousedown', function (e) { e.preventDefault(); choose(t); });
      matches.appendChild(li);
    });
    matches.hidden = false;
  }

  function choose(t) {
    matches.hidden = true;
    show(t, true);
  }

  search.addEventListener('input', function () {
    found = find(search.value);
    active = found.length ? 0 : -1;
    renderMatches();
    if (chart) {
      chart.dispatchAction({type: 'downplay', seriesIndex: 0});
      var drawn = found.filter(function (t) { return t < shown; });
      if (drawn.length) chart.dispatchAction({type: 'highlight', seriesIndex: 0, dataIndex: drawn});
    }
  });
  search.addEventListener('keydown', function (e) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      var n = Math.min(found.length, 12);
      if (n) active = (active + (e.key === 'ArrowDown' ? 1 : n - 1)) % n;
      renderMatches();
    } else if (e.key === 'Enter') {
      if (active >= 0 && found[active] != null) choose(found[active]);
    } else if (e.key === 'Escape') {
      search.value = '';
      found = [];
      renderMatches();
      if (chart) chart.dispatchAction({type: 'downplay', seriesIndex: 0});
    }
  });
  search.addEventListener('blur', function () { matches.hidden = true; });
  search.addEventListener('focus', function () { if (search.value.trim()) renderMatches(); });
})();
