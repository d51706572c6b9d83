/** Relate: turn recognised mentions into contract statements with the relation rules of {@code ontology/rules}, each with its evidence. */
package io.zhitu.relate;
