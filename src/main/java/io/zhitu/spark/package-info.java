/** Extraction as an Apache Spark job (spark-submit), for corpora that one machine cannot read in time; Spark itself comes with the cluster, not with zhitu.jar. */
package io.zhitu.spark;
