package org.parley.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.model.Annotation;
import org.parley.core.model.AnnotationStatus;
import org.parley.core.model.Span;
import org.parley.core.store.AnnotationStore;
import org.parley.core.store.Corpus;
import org.parley.core.store.NewAnnotation;
import org.parley.core.store.TestCorpus;

/**
 * The ordered lane with its real thread on a real SQLite file: a save refused once (a trigger made on a
 * second connection, as a full disk would) halts the lane; Retry runs the kept saves in their order.
 */
class OrderedSavesTest {
    @TempDir
    Path dir;

    private OpenCorpus open;
    private ClaimChanges claims;
    private Annotation claim;
    private long doc;

    @BeforeEach
    void makeClaim() {
        Corpus c = TestCorpus.create(dir);
        doc = TestCorpus.addText(c, "t", "Lavrov: US seeking to wreck arms control.");
        claim = new AnnotationStore(c).add(new NewAnnotation(null, doc, new Span(0, 6), Map.of(), "start",
                AnnotationStatus.ACCEPTED, "Anna"));
        open = OpenCorpus.of(c, Runnable::run);
        claims = new ClaimChanges(open, "Anna");
    }

    private Annotation memo(String m) {
        return new Annotation(claim.id(), claim.uuid(), claim.documentId(), claim.span(), claim.quote(), claim.prefix(),
                claim.suffix(), claim.codes(), m, claim.status(), claim.coder(), claim.created(), claim.modified());
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + open.file())) {
            c.createStatement().execute(statement);
        }
    }

    private void refuseMemo(String m) throws Exception {
        sql("CREATE TRIGGER refuse BEFORE UPDATE ON annotation WHEN NEW.memo = '" + m
                + "' BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
    }

    private String memoOnDisk() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + open.file());
             ResultSet rs = c.createStatement().executeQuery("SELECT memo FROM annotation")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private List<String> auditedMemos() throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + open.file());
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT json_extract(after, '$.memo') FROM audit WHERE entity = 'annotation' ORDER BY id")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private <T> T read(java.util.function.BiConsumer<java.util.function.Consumer<T>, java.util.function.Consumer<Throwable>> ask)
            throws Exception {
        CompletableFuture<T> answer = new CompletableFuture<>();
        ask.accept(answer::complete, answer::completeExceptionally);
        return answer.get(10, TimeUnit.SECONDS);
    }

    /** Saves memo A, B, C in that order while a trigger refuses B; waits for the lane to halt. */
    private void saveABCWithBRefused() throws Exception {
        refuseMemo("B");
        claims.update("A", memo("A"), a -> { });
        claims.update("B", memo("B"), a -> { });
        claims.update("C", memo("C"), a -> { });
        open.saves().settle(Duration.ofSeconds(10));
    }

    @Test
    void retryRunsTheKeptSavesInTheirOrderSoTheLastStateMadeIsKept() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            saveABCWithBRefused();
            assertThat(open.saves().status().halted()).isTrue();
            assertThat(open.saves().unsaved()).isEqualTo(2);
            assertThat(memoOnDisk()).isEqualTo("A");

            sql("DROP TRIGGER refuse");
            open.saves().retry();
            assertThat(open.saves().settle(Duration.ofSeconds(10))).isTrue();
            assertThat(open.saves().status().saved()).isTrue();
            assertThat(memoOnDisk()).isEqualTo("C");
            assertThat(auditedMemos()).endsWith("A", "B", "C");
            open.close();
        });
    }

    @Test
    void aReadMadeAfterASaveSeesIt() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            claims.trash("trash", claim.uuid(), () -> { });
            List<Annotation> trash = read((done, failed) -> claims.trashOf(doc, done, failed));
            assertThat(trash).extracting(Annotation::uuid).containsExactly(claim.uuid());
            open.close();
        });
    }

    @Test
    void readsStillRunWhileHaltedAndDiscardLeavesTheStateBeforeTheFailedSave() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            saveABCWithBRefused();
            List<Annotation> now = read((done, failed) -> claims.ofDocument(doc, done, failed));
            assertThat(now).extracting(Annotation::memo).containsExactly("A");

            assertThat(open.saves().discard()).isEqualTo(2);
            assertThat(open.saves().status().saved()).isTrue();
            assertThat(memoOnDisk()).isEqualTo("A");
            open.close();
        });
    }
}
