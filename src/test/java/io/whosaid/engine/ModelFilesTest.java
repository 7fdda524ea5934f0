package io.whosaid.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The files the engine opens are exactly the files the build copies out of CoreNLP's models jar
 * into the application (so the packaged app needs no models jar), and every file the engine opens
 * is declared as a native-image resource.
 */
class ModelFilesTest {

    private static final Path CLASSES = Path.of("target", "classes");

    private static List<String> modelFilesTheEngineOpens() {
        List<String> files = new ArrayList<>(NlpPipeline.MODEL_FILES);
        files.add(Lexicon.NAME_GENDERS);
        files.add(Lexicon.ANIMATE_NOUNS);
        return files;
    }

    private static List<String> wordListsTheEngineOpens() {
        return List.of(Lexicon.SPEECH_VERBS, Lexicon.TITLES, Lexicon.HONORIFICS, Lexicon.ORGANIZATION_NOUNS,
                Lexicon.DOCUMENT_NOUNS, Lexicon.SENTIMENT, Lexicon.FAMILY_TIES, Lexicon.GENERIC_PERSON_NOUNS,
                Lexicon.POLARITY_SHIFTERS, Lexicon.GENDERED_NOUNS, Lexicon.CHARACTERISING_VERBS, Lexicon.SURNAME_FIRST_NAMES,
                Lexicon.SPEECH_NOUNS);
    }

    private static List<String> nativeResources() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(CLASSES.resolve("application.properties"))) {
            p.load(in);
        }
        return Arrays.stream(p.getProperty("quarkus.native.resources.includes", "").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean declared(List<String> patterns, String file) {
        return patterns.stream().anyMatch(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob)
                .matches(Path.of(file)));
    }

    @Test
    void theBuildCopiesExactlyTheModelFilesTheEngineOpens() throws IOException {
        Set<String> copied;
        try (Stream<Path> files = Files.walk(CLASSES.resolve("edu"))) {
            copied = files.filter(Files::isRegularFile).map(f -> CLASSES.relativize(f).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(new TreeSet<>(modelFilesTheEngineOpens()), copied);
    }

    @Test
    void everyFileTheEngineOpensIsANativeResource() throws IOException {
        List<String> patterns = nativeResources();
        for (String file : modelFilesTheEngineOpens()) {
            assertTrue(declared(patterns, file), file + " is not in quarkus.native.resources.includes");
        }
        for (String file : wordListsTheEngineOpens()) {
            assertTrue(declared(patterns, file), file + " is not in quarkus.native.resources.includes");
            assertTrue(Files.isRegularFile(CLASSES.resolve(file)), file + " is not packaged");
        }
    }
}
