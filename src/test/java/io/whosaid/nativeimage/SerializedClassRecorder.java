package io.whosaid.nativeimage;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import io.whosaid.engine.NlpPipeline;
import java.io.ObjectInputFilter;
import java.util.Set;
import java.util.TreeSet;

/**
 * Loads the engine's three models exactly as CoreNLP does and prints what a native image must know
 * about them: every class Java serialisation reads ("serial ..."), and the feature factories the
 * NER model instantiates by name ("reflect ..."). Runs in a JVM of its own ({@link NativeImageConfigTest}
 * starts it), because the JVM-wide filter that watches deserialisation can be set only once, before
 * any other model is loaded.
 */
public final class SerializedClassRecorder {

    private SerializedClassRecorder() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> serial = new TreeSet<>();
        ObjectInputFilter.Config.setSerialFilter(info -> {
            if (info.serialClass() != null) {
                synchronized (serial) {
                    serial.add(info.serialClass().getTypeName());
                }
            }
            return ObjectInputFilter.Status.UNDECIDED;
        });
        new MaxentTagger(NlpPipeline.MODEL_FILES.get(0));
        CRFClassifier<?> ner = CRFClassifier.getClassifier(NlpPipeline.MODEL_FILES.get(1));
        DependencyParser.loadFromModelFile(NlpPipeline.MODEL_FILES.get(2));
        Set<String> reflect = new TreeSet<>();
        if (ner.flags.featureFactory != null) {
            reflect.add(ner.flags.featureFactory);
        }
        if (ner.flags.featureFactories != null) {
            reflect.addAll(Set.of(ner.flags.featureFactories));
        }
        serial.forEach(name -> System.out.println("serial " + name));
        reflect.forEach(name -> System.out.println("reflect " + name));
    }
}
