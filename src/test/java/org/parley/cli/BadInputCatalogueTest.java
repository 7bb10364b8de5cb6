package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.parley.CorpusDump;

/**
 * The bad-input catalogue: every wrong file, path and argument a new user was seen to type. Each case asserts the
 * exit code, that the answer is one line naming the problem (never a stack trace), and that the corpus is exactly
 * as it was. Cases fixed for issue 13 live beside their fixes; these are the ones that already held.
 */
class BadInputCatalogueTest {
    @TempDir
    Path dir;

    record Case(String name, Function<Path, String[]> args, int exit, String says) {
    }

    @TestFactory
    Stream<DynamicTest> everyBadInputIsRefusedInOneLineAndLeavesTheCorpusAlone() {
        List<Case> cases = new ArrayList<>();
        // files given to import
        cases.add(new Case("binary data as text", d -> imp(d, write(d, "binary.txt", binary())), 2, "binary data, not text"));
        cases.add(new Case("an empty file", d -> imp(d, write(d, "empty.txt", new byte[0])), 2, "the file is empty"));
        cases.add(new Case("a missing file", d -> imp(d, d.resolve("nothere.txt").toString()), 2, "no such file"));
        cases.add(new Case("a dangling link (a file that vanished)", d -> imp(d, link(d, "vanished.txt", "/nonexistent/gone.txt")), 2, "no such file"));
        cases.add(new Case("a zip bomb as .docx", d -> imp(d, docx(d, "bomb.docx", "A".repeat(120 * 1024 * 1024), "")), 2, "zip bomb"));
        cases.add(new Case("XXE in a .docx", d -> imp(d, docx(d, "xxe.docx", "Secret: &x;",
                "<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")), 2, "declares a DOCTYPE"));
        cases.add(new Case("XXE in a .qdpx", d -> imp(d, zip(d, "xxe.qdpx", "project.qde", "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&x;\" origin=\"x\"></Project>")), 2, "DOCTYPE"));
        cases.add(new Case("zip slip in a .qdpx", d -> imp(d, zip(d, "slip.qdpx", "../../evil.txt", "evil")), 2, "zip-slip"));
        cases.add(new Case("an encrypted PDF", d -> imp(d, encryptedPdf(d)), 2, "encrypted.pdf"));
        // arguments
        cases.add(new Case("import with no file", d -> args(d, "import"), 2, "Missing required parameter"));
        cases.add(new Case("a document that does not exist", d -> args(d, "annotate", "--doc", "999", "--quote", "x"), 2, "no document 999"));
        cases.add(new Case("a document id that is not one", d -> args(d, "show", "--doc", "-1"), 2, "neither a document id nor a uuid"));
        cases.add(new Case("a quote not in the text", d -> args(d, "annotate", "--doc", "1", "--quote", "zzz not there"), 2, "the quote is not in document 1"));
        cases.add(new Case("offsets the wrong way round", d -> args(d, "annotate", "--doc", "1", "--start", "5", "--end", "2"), 2, "0 <= start < end"));
        cases.add(new Case("offsets past the end", d -> args(d, "annotate", "--doc", "1", "--start", "5", "--end", "99999999"), 2, "lie outside document 1"));
        cases.add(new Case("an ambiguous quote", d -> args(d, "annotate", "--doc", "1", "--quote", "Lavrov"), 2, "--occurrence N"));
        cases.add(new Case("an unknown code", d -> args(d, "annotate", "--doc", "1", "--quote", "Lavrov", "--occurrence", "1",
                "--code", "stance=nonsense"), 2, "unknown code 'nonsense' for stance"));
        cases.add(new Case("an unknown dimension", d -> args(d, "annotate", "--doc", "1", "--quote", "Lavrov", "--occurrence", "1",
                "--code", "nodim=x"), 2, "unknown dimension 'nodim'"));
        cases.add(new Case("a code without its dimension", d -> args(d, "annotate", "--doc", "1", "--quote", "Lavrov", "--occurrence", "1",
                "--code", "stance"), 2, "DIMENSION=CODE"));
        cases.add(new Case("an unknown format", d -> args(d, "export", "--format", "nope", "--out", d.resolve("x.csv").toString()), 2, "unknown format 'nope'"));
        cases.add(new Case("a split that does not add up", d -> args(d, "export", "--format", "csv", "--out", d.resolve("x").toString(),
                "--split", "50/50/50"), 2, "sum to 100"));
        cases.add(new Case("an unknown status", d -> args(d, "export", "--format", "csv", "--out", d.resolve("x.csv").toString(),
                "--status", "weird"), 2, "--status takes"));
        cases.add(new Case("an unknown option", d -> args(d, "show", "--doc", "1", "--bogus"), 2, "Unknown option: '--bogus'"));
        cases.add(new Case("init over an existing corpus", d -> args(d, "init"), 2, "already exists"));
        cases.add(new Case("a codebook that is not JSON", d -> args(d, "codebook", "import", write(d, "book.json", "All of it".getBytes(StandardCharsets.UTF_8))),
                2, "not valid JSON"));
        cases.add(new Case("a bench too small", d -> new String[] {"bench", "--articles", "-5"}, 2, "at least 10"));
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private void check(Case c) throws IOException {
        Path caseDir = Files.createTempDirectory(dir, "case");
        Path corpus = caseDir.resolve("c.parley");
        assertThat(CliRun.of("init", "--corpus", corpus.toString()).exit()).isZero();
        Path tass = caseDir.resolve("tass.txt");
        try (var in = getClass().getResourceAsStream("/samples/tass-2019-11-01-lavrov-arms-control.txt")) {
            Files.copy(in, tass);
        }
        assertThat(CliRun.of("import", "--corpus", corpus.toString(), tass.toString()).exit()).isZero();
        assertThat(CliRun.of("annotate", "--corpus", corpus.toString(), "--doc", "1", "--quote", "arms control system",
                "--code", "stance=accuse").exit()).isZero();
        String before = CorpusDump.content(corpus);

        CliRun run = CliRun.of(c.args().apply(caseDir));

        String said = run.out() + run.err();
        assertThat(run.exit()).as(c.name() + ": " + said).isEqualTo(c.exit());
        assertThat(said).as(c.name()).contains(c.says()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(run.err().strip().lines().count()).as(c.name() + ": one line\n" + run.err()).isLessThanOrEqualTo(2);
        assertThat(CorpusDump.content(corpus)).as(c.name() + ": the corpus is unchanged").isEqualTo(before);
    }

    private static String[] args(Path d, String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--corpus";
        all[args.length + 1] = d.resolve("c.parley").toString();
        return all;
    }

    private static String[] imp(Path d, String file) {
        return args(d, "import", file);
    }

    private static byte[] binary() {
        byte[] b = new byte[20_000];
        new java.util.Random(3).nextBytes(b);
        return b;
    }

    private static String write(Path d, String name, byte[] bytes) {
        try {
            return Files.write(d.resolve(name), bytes).toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String link(Path d, String name, String target) {
        try {
            return Files.createSymbolicLink(d.resolve(name), Path.of(target)).toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String zip(Path d, String name, String... entries) {
        Path p = d.resolve(name);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(p))) {
            for (int i = 0; i < entries.length; i += 2) {
                z.putNextEntry(new ZipEntry(entries[i]));
                z.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return p.toString();
    }

    private static String docx(Path d, String name, String text, String doctype) {
        return zip(d, name,
                "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" "
                        + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
                "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                        + "Target=\"word/document.xml\"/></Relationships>",
                "word/document.xml", "<?xml version=\"1.0\"?>" + doctype + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                        + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:body></w:document>");
    }

    private static String encryptedPdf(Path d) {
        Path p = d.resolve("encrypted.pdf");
        try (PDDocument doc = new PDDocument(); OutputStream out = Files.newOutputStream(p)) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return p.toString();
    }
}
