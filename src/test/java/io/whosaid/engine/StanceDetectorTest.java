package io.whosaid.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Stance labels and frames on short texts written for each rule; one quote per text. */
class StanceDetectorTest {

    private static final String IRAN = "US-Iran cooperation in Iraq";

    private static Quote onlyQuote(String text, String target) {
        Attribution result = SharedEngine.get().attribute(text, target);
        assertEquals(1, result.quotes().size(), () -> "quotes in " + text + ": " + result.quotes());
        return result.quotes().get(0);
    }

    private static void assertStance(String text, String target, StanceLabel label, String frame) {
        Stance stance = onlyQuote(text, target).stance();
        assertEquals(label, stance.label(), () -> "label of " + text);
        assertEquals(frame, stance.frame(), () -> "frame of " + text);
        assertEquals(target, stance.target());
    }

    @Test
    void eachFrameComesFromTheCueVerb() {
        assertStance("The minister denied that the budget would raise taxes.", null, StanceLabel.AGAINST, "denial");
        assertStance("The union warned that the closure would cost 300 jobs.", null, StanceLabel.AGAINST, "warning");
        assertStance("Ann Lee insisted that the figures were accurate.", null, StanceLabel.NEUTRAL, "assertive");
        assertStance("The company claimed that the product was safe.", null, StanceLabel.FAVOR, "distancing");
        assertStance("The ministry acknowledged that the delays were regrettable.", null, StanceLabel.AGAINST,
                "concession");
        assertStance("The mayor said the bus will leave at noon on Tuesday.", null, StanceLabel.NEUTRAL, "neutral");
    }

    @Test
    void endorsementFrameIsFavourAndDenialAgainstWhateverTheWords() {
        // "Ann Lee welcomed the report." has no clause the engine would report, so the quote is built
        // by hand on an unparsed one-sentence document: the frame alone decides.
        String text = "the report came out";
        List<Token> tokens = List.of(new Token(0, "the", "the", "DT", "O", 0, 3),
                new Token(1, "report", "report", "NN", "O", 4, 10), new Token(2, "came", "come", "VBD", "O", 11, 15),
                new Token(3, "out", "out", "RP", "O", 16, 19));
        ParsedDocument document = new ParsedDocument(text,
                List.of(new ParsedSentence(0, 0, tokens, new int[] {-1, -1, -1, -1}, new String[] {"", "", "", ""}, false)),
                List.of(new TextSpan(0, text.length())));
        Speaker lee = new Speaker("Ann Lee", "Ann Lee", null, SpeakerKind.PERSON);
        Quote welcomed = new Quote(new TextSpan(0, text.length()), text, QuoteType.INDIRECT, "welcomed", "endorsement",
                lee, 0.9, null);
        Quote dismissed = new Quote(new TextSpan(0, text.length()), text, QuoteType.INDIRECT, "dismissed", "denial",
                lee, 0.9, null);
        StanceDetector detector = new StanceDetector(SharedEngine.lexicon());
        List<Quote> assessed = detector.assess(document, List.of(welcomed, dismissed), null);
        assertEquals(new Stance(StanceLabel.FAVOR, null, 0.8, "endorsement"), assessed.get(0).stance());
        assertEquals(new Stance(StanceLabel.AGAINST, null, 0.8, "denial"), assessed.get(1).stance());
    }

    @Test
    void withoutTargetTheLabelIsTheQuotesOwnAttitude() {
        assertStance("The mayor said the new park is a wonderful success for the city.", null, StanceLabel.FAVOR,
                "neutral");
        assertStance("The mayor said the plan is a terrible failure.", null, StanceLabel.AGAINST, "neutral");
        assertNull(onlyQuote("The mayor said the plan is a terrible failure.", null).stance().target());
    }

    @Test
    void negationFlipsTheWordsItGoverns() {
        assertStance("The mayor said the plan is not a good idea.", null, StanceLabel.AGAINST, "neutral");
        assertStance("\u201CThe new stadium is not a disaster,\u201D the mayor said.", null, StanceLabel.FAVOR,
                "neutral");
    }

    @Test
    void wordsAfterButWeighMore() {
        assertStance("\u201CThe team played badly, but the win is great news for the fans,\u201D the coach said.", null,
                StanceLabel.FAVOR, "neutral");
        assertStance("\u201CThe win is nice, but the defence was awful and the coaching was terrible,\u201D the coach said.",
                null, StanceLabel.AGAINST, "neutral");
    }

    @Test
    void aNegatedStatementAboutTheTargetIsAgainstIt() {
        assertStance("Pentagon spokesman John Kirby said there are no plans to cooperate with Iran in Iraq.", IRAN,
                StanceLabel.AGAINST, "neutral");
        assertStance("A spokesman said the Defense Department isn\u2019t working on a plan to cooperate with Iran.",
                IRAN, StanceLabel.AGAINST, "neutral");
    }

    @Test
    void aPlainStatementOfTheTargetIsFavour() {
        assertStance("Secretary of State John Kerry said the United States could cooperate with Iran to stop the"
                + " militants.", IRAN, StanceLabel.FAVOR, "neutral");
    }

    @Test
    void denyingTheTargetIsAgainstIt() {
        assertStance("John Kirby denied that military cooperation with Iran was planned.", IRAN, StanceLabel.AGAINST,
                "denial");
    }

    @Test
    void aQuoteThatDoesNotTouchTheTargetIsNeutral() {
        assertStance("Jen Psaki said some embassy staffers have been moved out of Baghdad.", IRAN,
                StanceLabel.NEUTRAL, "neutral");
        // strongly worded, but about something else
        assertStance("Jen Psaki said the weather in Vienna was terrible.", IRAN, StanceLabel.NEUTRAL, "neutral");
    }

    @Test
    void aSpeakerTheTargetNamesSpeaksForIt() {
        String target = "Jane Roe's campaign for mayor";
        assertStance("Jane Roe said she is thrilled by the support.", target, StanceLabel.FAVOR, "neutral");
        assertStance("Jane Roe said the bus leaves at noon.", target, StanceLabel.NEUTRAL, "neutral");
        // the same words from someone the target does not name take no side on the campaign
        assertStance("John Doe said he is thrilled by the support.", target, StanceLabel.NEUTRAL, "neutral");
    }

    @Test
    void removingSomethingBadIsPositive() {
        // "violence" and "poverty" are negative words; as the object of a verb that removes them the
        // quote is for something, not against it
        assertStance("The mayor said the new program will reduce the violence.", null, StanceLabel.FAVOR, "neutral");
        assertStance("The mayor said the council will fight poverty and hunger.", null, StanceLabel.FAVOR,
                "neutral");
        // the same bad words without a shifter stay negative
        assertStance("The mayor said the new program will bring violence.", null, StanceLabel.AGAINST, "neutral");
    }

    @Test
    void aContinuationKeepsItsSpeakersTopic() {
        String text = "Pentagon spokesman John Kirby spoke on Monday.\n\n"
                + "\u201CWe have no plans to cooperate with Iran in Iraq,\u201D Kirby said. "
                + "\u201CThere is no plan to coordinate military activities.\u201D";
        List<Quote> quotes = SharedEngine.get().attribute(text, IRAN).quotes();
        assertEquals(2, quotes.size(), quotes::toString);
        assertEquals("There is no plan to coordinate military activities.", quotes.get(1).text());
        // no word of the target in the second quote: it is about cooperation because it goes on from
        // the first, and it denies the plan
        assertEquals(StanceLabel.AGAINST, quotes.get(1).stance().label());
        // a quote with its own cue does not inherit the topic
        List<Quote> cued = SharedEngine.get().attribute(
                "\u201CWe have no plans to cooperate with Iran in Iraq,\u201D Kirby said. "
                        + "\u201CThe weather was terrible,\u201D he added.", IRAN).quotes();
        assertEquals(2, cued.size(), cued::toString);
        assertEquals(StanceLabel.NEUTRAL, cued.get(1).stance().label());
    }

    @Test
    void aPlacesAdjectiveMeetsThePlace() {
        assertStance("Ann Lee said that Iranian cooperation in Iraq would help.", IRAN, StanceLabel.FAVOR, "neutral");
        assertStance("Ann Lee said that Canadian troops in Latvia were welcome.", "Canada's mission in Latvia",
                StanceLabel.FAVOR, "neutral");
        // an adjective of another place is not the target's
        assertStance("Ann Lee said that Italian troops in Latvia were welcome.", "Canada's mission in Latvia",
                StanceLabel.NEUTRAL, "neutral");
    }

    @Test
    void anAlternativeLeavesTheQuestionOpen() {
        assertStance("\u201CLet\u2019s see what Iran might or might not be willing to do about Iraq,\u201D John Kerry said.",
                IRAN, StanceLabel.NEUTRAL, "neutral");
        // a plain negation still denies it
        assertStance("\u201CIran will not be willing to cooperate in Iraq,\u201D John Kerry said.", IRAN,
                StanceLabel.AGAINST, "neutral");
    }

    @Test
    void stemsMeetAcrossWordForms() {
        assertEquals(StanceDetector.stem("cooperation"), StanceDetector.stem("cooperating"));
        assertEquals(StanceDetector.stem("cooperation"), StanceDetector.stem("cooperate"));
        assertEquals(StanceDetector.stem("unionization"), StanceDetector.stem("union"));
        assertEquals(StanceDetector.stem("publishing"), StanceDetector.stem("publisher"));
        assertEquals("tax", StanceDetector.stem("taxes"));
        assertEquals(StanceDetector.stem("bone"), StanceDetector.stem("bones"));
    }
}
