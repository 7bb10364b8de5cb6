package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code parley bench --section core} on a small folder: every figure is there, beside its baseline. */
class BenchCommandTest {
    @Test
    void theCoreSectionReportsEachFigureWithItsBaselineAndRatio() throws Exception {
        CliRun r = CliRun.of("bench", "--section", "core", "--articles", "120", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("articles").asInt()).isEqualTo(120);
        for (String figure : List.of("import.first", "import", "save.p50", "save.p99", "search.common", "search.rare", "search.phrase")) {
            JsonNode f = json.get(figure);
            assertThat(f).as(figure).isNotNull();
            assertThat(f.get("value").asDouble()).as(figure).isPositive();
            assertThat(f.get("baseline").asDouble()).as(figure).isPositive();
            assertThat(f.get("ratio").asDouble()).as(figure)
                    .isCloseTo(f.get("value").asDouble() / f.get("baseline").asDouble(), org.assertj.core.data.Offset.offset(1e-9));
        }
    }
}
