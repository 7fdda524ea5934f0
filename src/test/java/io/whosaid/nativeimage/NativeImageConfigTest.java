package io.whosaid.nativeimage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The native-image metadata for CoreNLP's models is generated, not hand-written: this test loads
 * the models in a child JVM that records every class deserialised and every class the NER model
 * instantiates by name ({@link SerializedClassRecorder}), and checks the files under
 * {@code META-INF/native-image/io.whosaid/whosaid/} declare exactly those. After a CoreNLP upgrade,
 * regenerate them with {@code ./mvnw test -Dtest=NativeImageConfigTest -Dwhosaid.native.regenerate=true}.
 */
class NativeImageConfigTest {

    private static final Path DIR = Path.of("src", "main", "resources", "META-INF", "native-image", "io.whosaid",
            "whosaid");
    private static final Path SERIALIZATION = DIR.resolve("serialization-config.json");
    private static final Path REFLECTION = DIR.resolve("reflect-config.json");

    private static List<String> record() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx3g", "-cp", System.getProperty("java.class.path"),
                SerializedClassRecorder.class.getName()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(5, TimeUnit.MINUTES), "the recorder did not finish");
        assertEquals(0, child.exitValue(), "the recorder failed: " + out);
        return out.lines().toList();
    }

    private static String serializationJson(List<String> classes) {
        StringBuilder json = new StringBuilder("{\n  \"types\": [\n");
        for (int i = 0; i < classes.size(); i++) {
            json.append("    {\"name\": \"").append(classes.get(i)).append("\"}")
                    .append(i + 1 < classes.size() ? ",\n" : "\n");
        }
        return json.append("  ],\n  \"lambdaCapturingTypes\": []\n}\n").toString();
    }

    private static String reflectionJson(List<String> classes) {
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 0; i < classes.size(); i++) {
            json.append("  {\"name\": \"").append(classes.get(i)).append("\", \"allDeclaredConstructors\": true,")
                    .append(" \"allPublicMethods\": true}").append(i + 1 < classes.size() ? ",\n" : "\n");
        }
        return json.append("]\n").toString();
    }

    @Test
    void nativeMetadataDeclaresEveryClassTheModelsNeed() throws Exception {
        List<String> serial = new ArrayList<>();
        List<String> reflect = new ArrayList<>();
        for (String line : record()) {
            if (line.startsWith("serial ")) {
                serial.add(line.substring(7));
            } else if (line.startsWith("reflect ")) {
                reflect.add(line.substring(8));
            }
        }
        assertTrue(serial.size() > 10, "recorded only " + serial);
        String expectedSerialization = serializationJson(serial);
        String expectedReflection = reflectionJson(reflect);
        if (Boolean.getBoolean("whosaid.native.regenerate")) {
            Files.createDirectories(DIR);
            Files.writeString(SERIALIZATION, expectedSerialization);
            Files.writeString(REFLECTION, expectedReflection);
        }
        assertEquals(expectedSerialization, Files.readString(SERIALIZATION),
                "regenerate with -Dwhosaid.native.regenerate=true");
        assertEquals(expectedReflection, Files.readString(REFLECTION), "regenerate with -Dwhosaid.native.regenerate=true");
    }
}
