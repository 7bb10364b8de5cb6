package org.parley.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** SQLite's failures are told apart by their result codes, never by the words of their messages. */
class CorpusErrorsTest {
    private final Path file = Path.of("/data/news.parley");

    private StorageException refusal(SQLException e) {
        return CorpusErrors.refusal(file, e, Duration.ofSeconds(60));
    }

    @Test
    void eachResultCodeGivesItsOwnLineWhateverTheMessageSays() {
        assertThat(refusal(new SQLiteException("words", SQLiteErrorCode.SQLITE_FULL)))
                .isInstanceOf(DiskFullException.class).hasMessage("the disk holding " + file + " is full: free some space and try again");
        assertThat(refusal(new SQLiteException("words", SQLiteErrorCode.SQLITE_CORRUPT))).isInstanceOf(CorpusDamagedException.class);
        assertThat(refusal(new SQLiteException("words", SQLiteErrorCode.SQLITE_NOTADB))).isInstanceOf(CorpusDamagedException.class);
        assertThat(refusal(new SQLiteException("words", SQLiteErrorCode.SQLITE_READONLY_DBMOVED)))
                .isInstanceOf(CorpusRefusedException.class).hasMessage(file + " is read-only: Parley needs to write to a corpus");
        assertThat(refusal(new SQLiteException("words", SQLiteErrorCode.SQLITE_BUSY)))
                .isInstanceOf(CorpusRefusedException.class).hasMessageContaining("is locked by another program (waited 60 s)");
        assertThat(refusal(new SQLiteException("words", SQLiteErrorCode.SQLITE_CANTOPEN)))
                .isInstanceOf(CorpusRefusedException.class).hasMessageStartingWith("cannot open " + file);
    }

    @Test
    void aMessageThatOnlySoundsLikeAFailureIsNotTakenForIt() {
        StorageException e = refusal(new SQLiteException("database is locked; disk is full; malformed", SQLiteErrorCode.SQLITE_ERROR));
        assertThat(e.getClass()).isEqualTo(StorageException.class);
        assertThat(e).hasMessageStartingWith("corpus " + file + ": ");
    }

    @Test
    void theCodeIsFoundUnderParleysOwnWrappers() {
        SQLException wrapped = new SQLException("storing document 7 failed", new SQLiteException("x", SQLiteErrorCode.SQLITE_IOERR_SHORT_READ));
        assertThat(CorpusErrors.primaryCode(wrapped)).isEqualTo(10);
        assertThat(CorpusErrors.kind(new SQLException("storing", new SQLiteException("x", SQLiteErrorCode.SQLITE_FULL))))
                .isEqualTo(CorpusErrors.Kind.DISK_FULL);
    }
}
