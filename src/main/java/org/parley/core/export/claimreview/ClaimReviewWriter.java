package org.parley.core.export.claimreview;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.net.URI;
import org.parley.core.model.Annotation;
import org.parley.core.export.ExportSource;
import org.parley.core.export.ExportWriter;
import org.parley.core.export.ExportOptions;
import org.parley.core.model.Code;
import org.parley.core.model.Codebook;
import org.parley.core.model.Dimension;
import org.parley.core.model.Document;
import org.parley.core.model.DocumentMeta;

/**
 * schema.org ClaimReview JSON-LD: a JSON array with one ClaimReview per selected claim that has a
 * verdict. The claim's speaker is the reviewed claim's author (a Person when the code has a parent,
 * i.e. a person under a state or body, else an Organization); the document gives the claim's date and
 * appearance; the reviewer and page come from the options. Claims without a verdict are left out.
 */
public final class ClaimReviewWriter implements ExportWriter {
    public static final String VERDICT = "verdict";
    public static final String SPEAKER = "speaker";
    public static final String EXPLANATION = "explanation";
    /** Unicode white space, no-break and thin spaces included (Java's {@code \\s} alone is ASCII). */
    private static final Pattern FOLD = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    /** Extra document fields that may hold the page's own address, to resolve a relative canonical link against. */
    private static final List<String> PAGE_ADDRESS = List.of("source_url", "link", "url", "og:url", "page_url");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final ExportOptions options;

    public ClaimReviewWriter(ExportOptions options) {
        this.options = options;
    }

    @Override
    public Written write(ExportSource source, Path out) throws Exception {
        if (options.reviewAuthor() == null || options.reviewUrl() == null) {
            throw new IllegalArgumentException("ClaimReview needs the reviewer and the page it is published on: "
                    + "give --review-author and --review-url (or set review.author and review.url in the settings)");
        }
        Codebook book = source.codebook();
        Dimension verdict = book.dimension(VERDICT).orElseThrow(() -> new IllegalArgumentException(
                "the codebook has no '" + VERDICT + "' dimension (start from the fact-check codebook: parley init --codebook fact-check)"));
        Optional<Dimension> speaker = book.dimension(SPEAKER);
        try (JsonGenerator g = JSON.createGenerator(new java.io.BufferedOutputStream(Files.newOutputStream(out), 1 << 16))) {
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            source.forEach(row -> {
                for (Annotation c : row.claims()) {
                    List<String> verdicts = c.codesOf(verdict.name());
                    if (!verdicts.isEmpty()) {
                        JSON.writeValue(g, review(row.document(), c, verdicts.get(0), book, speaker, options));
                    }
                }
            });
            g.writeEndArray();
        }
        return Written.file(out, List.of("only claims with a verdict become reviews"));
    }

    private static Map<String, Object> review(Document d, Annotation c, String verdict, Codebook book,
                                              Optional<Dimension> speaker, ExportOptions options) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("@context", "https://schema.org");
        r.put("@type", "ClaimReview");
        r.put("url", pageUrl(options.reviewUrl(), c.uuid()));
        r.put("identifier", "urn:uuid:" + c.uuid());
        r.put("claimReviewed", FOLD.matcher(c.quote()).replaceAll(" ").strip());
        r.put("datePublished", c.modified().toString().substring(0, 10));
        Map<String, Object> author = named("Organization", options.reviewAuthor());
        author.put("url", siteUrl(options.reviewUrl()));
        r.put("author", author);
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        OptionalInt value = VerdictScale.value(verdict);
        if (value.isPresent()) {
            rating.put("ratingValue", value.getAsInt());
            rating.put("bestRating", VerdictScale.BEST);
            rating.put("worstRating", VerdictScale.WORST);
        }
        rating.put("alternateName", verdict);
        r.put("reviewRating", rating);
        List<String> why = c.codesOf(EXPLANATION);
        if (!why.isEmpty()) {
            r.put("reviewBody", String.join("\n", why));
        }
        r.put("itemReviewed", claim(d, c, book, speaker));
        return r;
    }

    private static Map<String, Object> claim(Document d, Annotation c, Codebook book, Optional<Dimension> speaker) {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("@type", "Claim");
        speaker.ifPresent(dim -> c.codesOf(dim.name()).stream().findFirst().ifPresent(name -> {
            Optional<Code> code = book.findCode(dim, name);
            boolean person = code.isPresent() && code.get().parentUuid() != null;
            claim.put("author", named(person ? "Person" : "Organization", name));
        }));
        if (d.meta().published() != null && d.meta().published().hasYear()) {
            claim.put("datePublished", d.meta().published().iso());
        }
        Map<String, Object> appearance = new LinkedHashMap<>();
        appearance.put("@type", "CreativeWork");
        appearanceUrl(d.meta()).ifPresent(u -> appearance.put("url", u));
        if (d.title() != null) {
            appearance.put("headline", d.title());
        }
        if (d.meta().source() != null) {
            appearance.put("publisher", named("Organization", d.meta().source()));
        }
        if (d.meta().published() != null && d.meta().published().hasYear()) {
            appearance.put("datePublished", d.meta().published().iso());
        }
        claim.put("appearance", appearance);
        return claim;
    }

    /** {@code {"@type": type, "name": name}}, keys in this order on every run (Map.of's order changes between runs). */
    private static Map<String, Object> named(String type, String name) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@type", type);
        m.put("name", name);
        return m;
    }

    /** {@code {id}} in the review URL becomes the claim's uuid; otherwise the uuid is its fragment. */
    static String pageUrl(String reviewUrl, String uuid) {
        return reviewUrl.contains("{id}") ? reviewUrl.replace("{id}", uuid) : reviewUrl + "#" + uuid;
    }

    /** The reviewer's site: a review URL template ({@code .../claims/{id}}) names no page of its own, so its origin. */
    static String siteUrl(String reviewUrl) {
        if (!reviewUrl.contains("{id}")) {
            return reviewUrl;
        }
        try {
            URI u = new URI(reviewUrl.replace("{id}", "x"));
            if (u.getScheme() != null && u.getRawAuthority() != null) {
                return u.getScheme() + "://" + u.getRawAuthority() + "/";
            }
        } catch (java.net.URISyntaxException e) {
            // not a URL: fall through
        }
        return reviewUrl.substring(0, reviewUrl.indexOf("{id}"));
    }

    /**
     * The document's address, absolute: a relative one (a page's relative canonical link) is resolved against the
     * page's own address when a field holds it, else left out, as schema.org wants an absolute URL.
     */
    static Optional<String> appearanceUrl(DocumentMeta m) {
        Optional<URI> url = uri(m.url());
        if (url.isEmpty()) {
            return Optional.empty();
        }
        if (isAbsoluteWeb(url.get())) {
            return Optional.of(url.get().toString());
        }
        for (String key : PAGE_ADDRESS) {
            Optional<URI> base = uri(m.extra().get(key)).filter(ClaimReviewWriter::isAbsoluteWeb);
            if (base.isPresent()) {
                return Optional.of(base.get().resolve(url.get()).toString());
            }
        }
        return Optional.empty();
    }

    private static Optional<URI> uri(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new URI(s.strip()));
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static boolean isAbsoluteWeb(URI u) {
        return u.isAbsolute() && u.getRawAuthority() != null;
    }
}
