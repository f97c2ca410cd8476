package dev.migrate.ops;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The canonical text behind the checksums of Java migrations.
 */
class OperationTextTests {

	@Test
	void indexOnPlainColumnsKeepsTheTextItHadBeforeKeysCouldBeExpressions() {
		assertThat(OperationText.of(List.of(new CreateIndex("ix_t_a", "t", List.of("a", "b"), true))))
			.isEqualTo("CreateIndex(name=\"ix_t_a\", table=\"t\", columns=[\"a\", \"b\"], unique=true)\n");
	}

	@Test
	void descendingAndExpressionKeysAndPredicateAreInTheText() {
		CreateIndex index = new CreateIndex("ix", "t",
				List.of(IndexColumn.asc("a"), IndexColumn.desc("b"), IndexColumn.expression("lower(c)")), false,
				"a > 0");
		assertThat(OperationText.of(List.of(index))).isEqualTo(
				"CreateIndex(name=\"ix\", table=\"t\", columns=[\"a\", IndexColumn(column=\"b\", descending=true),"
						+ " IndexColumn(expression=\"lower(c)\", descending=false)], unique=false, where=\"a > 0\")\n");
	}

}
