package org.parley.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The record invariants a batch import leans on thousands of times: uuids and partial dates. */
class IdsAndDatesTest {
    @Test
    void newUuidsAreRandomVersionFourAndDistinctAcrossManyPools() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 5_000; i++) { // about twenty pools of 256
            String id = Ids.newUuid();
            UUID u = UUID.fromString(id);
            assertThat(u.version()).isEqualTo(4);
            assertThat(u.variant()).isEqualTo(2);
            assertThat(Ids.checkUuid(id)).isEqualTo(id);
            assertThat(seen.add(id)).as("uuid %s made twice", id).isTrue();
        }
    }

    @Test
    void partialDatesAcceptRealDatesOnlyInEachForm() {
        for (String ok : new String[] {"2019", "2019-11", "2019-11-01", "--11-01", "--02-29", "2020-02-29"}) {
            assertThat(new PartialDate(ok).iso()).isEqualTo(ok);
        }
        for (String bad : new String[] {"2019-02-29", "--02-30", "2019-13", "2019-00-10", "--13-01", "2019-11-31", "19-11-01", "2019-1-01"}) {
            assertThatThrownBy(() -> new PartialDate(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(new PartialDate("--11-01").hasYear()).isFalse();
    }

    @Test
    void documentMetaRefusesAFileHashThatIsNotLowerCaseHex() {
        String hex = "ab".repeat(32);
        assertThat(new DocumentMeta(null, null, null, null, null, null, null, "f.txt", hex, null, null).fileSha256()).isEqualTo(hex);
        for (String bad : new String[] {hex.toUpperCase(), hex.substring(1), hex.replace('a', 'g')}) {
            assertThatThrownBy(() -> new DocumentMeta(null, null, null, null, null, null, null, "f.txt", bad, null, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SHA-256");
        }
    }
}
