package io.whosaid.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Attribution on short texts written for each construction; every assertion is exact. */
class AttributionEngineTest {

    private static Attribution attribute(String text) {
        Attribution result = SharedEngine.get().attribute(text);
        for (Quote q : result.quotes()) {
            assertEquals(text.substring(q.span().start(), q.span().end()), q.text(), "quote text must equal its slice");
        }
        return result;
    }

    private static Quote quote(Attribution result, String text) {
        return result.quotes().stream().filter(q -> q.text().equals(text)).findFirst()
                .orElseGet(() -> fail("no quote " + text + " in " + result.quotes()));
    }

    private static void assertSpeaker(Quote q, String name, String role, SpeakerKind kind) {
        assertNotNull(q.speaker(), "speaker of " + q.text());
        assertEquals(name, q.speaker().name());
        assertEquals(role, q.speaker().role());
        assertEquals(kind, q.speaker().kind());
    }

    @Test
    void directiveWithAnInfinitiveIsReportedSpeech() {
        String text = "Mayor Ann Lee urged residents to conserve water over the weekend.";
        Quote q = single(text);
        assertEquals("to conserve water over the weekend", q.text());
        assertEquals(QuoteType.INDIRECT, q.type());
        assertEquals("urged", q.cue());
        assertSpeaker(q, "Ann Lee", "Mayor", SpeakerKind.PERSON);
        // a speech verb with an infinitive but no addressee reports no speech ("asked to leave")
        assertTrue(attribute("Ann Lee asked to leave early on Friday.").quotes().isEmpty());
    }

    @Test
    void aQuoteAfterAnAbbreviationThatEndsTheSentenceStartsAtItsMark() {
        // The splitter keeps "U.S." and the quotation in one sentence; the content must not reach back.
        String text = "The plant is the largest of its kind in the U.S. \u201CNobody builds like this anymore,\u201D"
                + " Tom Reyes said.";
        Quote q = single(text);
        assertEquals("Nobody builds like this anymore", q.text());
        assertEquals(QuoteType.DIRECT, q.type());
        assertEquals(text.indexOf("Nobody"), q.span().start());
        assertEquals("said", q.cue());
        assertSpeaker(q, "Tom Reyes", null, SpeakerKind.PERSON);
    }

    @Test
    void contentNeverContainsItsOwnCue() {
        String text = "\u201CWe do not comment on rumours,\u201D Acme spokesperson Jane Goldman said in an e-mailed"
                + " statement on Sunday, in response to questions about the matter.";
        Quote q = single(text);
        assertEquals("We do not comment on rumours", q.text());
        assertEquals(QuoteType.DIRECT, q.type());
        assertEquals("said", q.cue());
        assertSpeaker(q, "Jane Goldman", "Acme spokesperson", SpeakerKind.PERSON);
    }

    @Test
    void whatASpeakerCallsSomethingOrCallsForIsReportedSpeech() {
        Quote naming = single("Mayor Ann Lee called the proposal a disgrace on Tuesday.");
        assertEquals("the proposal a disgrace on Tuesday", naming.text());
        assertEquals(QuoteType.INDIRECT, naming.type());
        assertEquals("called", naming.cue());
        assertSpeaker(naming, "Ann Lee", "Mayor", SpeakerKind.PERSON);

        Quote mixed = single("Critics called the deal \u201Ca betrayal of workers.\u201D");
        assertEquals("the deal \u201Ca betrayal of workers.\u201D", mixed.text());
        assertEquals(QuoteType.MIXED, mixed.type());

        // The parser loses a quoted predicate after the object ("dep" of the object): the tokens
        // still say what the thing was called.
        Quote quotedName = single("Halifax councillor Jane Doe earlier this week called Transport Minister John Roe a"
                + " \u201Ccoward\u201D on the radio.");
        assertEquals("Transport Minister John Roe a \u201Ccoward\u201D", quotedName.text());
        assertEquals(QuoteType.MIXED, quotedName.type());
        assertSpeaker(quotedName, "Jane Doe", "Halifax councillor", SpeakerKind.PERSON);
        Quote listed = single("Senator Mark Hale called the governor a \"reckless gambler\" on Monday.");
        assertEquals("the governor a \"reckless gambler\"", listed.text());
        assertEquals("Mark Hale", listed.speaker().name());
        assertTrue(attribute("Lee called the police after a \u201Csuspicious\u201D van appeared.").quotes().isEmpty());

        Quote demand = single("The union called for an independent inquiry into the crash.");
        assertEquals("an independent inquiry into the crash", demand.text());
        assertEquals("The union", demand.speaker().name());

        Quote appeal = single("Senator Tom Baker called on his colleagues to reject the bill.");
        assertEquals("his colleagues to reject the bill", appeal.text());
        assertSpeaker(appeal, "Tom Baker", "Senator", SpeakerKind.PERSON);

        // a telephone call, a summons, a call to the police: no speech reported
        assertTrue(attribute("Tom Baker called the police after the crash.").quotes().isEmpty());
        assertTrue(attribute("She was called to testify on Monday.").quotes().isEmpty());
        Attribution phoned = attribute("Ann Lee called him to say she was sorry.");
        assertEquals(1, phoned.quotes().size(), () -> phoned.quotes().toString());
        assertEquals("say", phoned.quotes().get(0).cue());
    }

    private static Quote single(String text) {
        Attribution r = attribute(text);
        assertEquals(1, r.quotes().size(), () -> r.quotes().toString());
        return r.quotes().get(0);
    }

    @Test
    void mannerOfSpeakingVerbsAreCues() {
        String text = "\"You are late,\" Paul Hendry blurted out. \"But so am I.\"";
        Attribution r = attribute(text);
        assertEquals(2, r.quotes().size(), () -> r.quotes().toString());
        Quote first = quote(r, "You are late");
        assertEquals("blurted out", first.cue());
        assertSpeaker(first, "Paul Hendry", null, SpeakerKind.PERSON);
        assertSpeaker(quote(r, "But so am I."), "Paul Hendry", null, SpeakerKind.PERSON);
    }

    @Test
    void directQuoteWithNamedSpeakerAfterTheCue() {
        String text = "\u201CThis is a shell game,\u201D said Ann Lee, a city councillor.";
        Quote q = single(text);
        assertEquals("This is a shell game", q.text());
        assertEquals(1, q.span().start());
        assertEquals(21, q.span().end());
        assertEquals(QuoteType.DIRECT, q.type());
        assertEquals("said", q.cue());
        assertSpeaker(q, "Ann Lee", "city councillor", SpeakerKind.PERSON);
    }

    @Test
    void surnameResolvesToFullNameAndTitleBecomesRole() {
        Attribution r = attribute("Health Minister Tom Baker spoke on Monday.\n\n\u201CWe will not close a hospital,\u201D Baker said.");
        assertSpeaker(quote(r, "We will not close a hospital"), "Tom Baker", "Health Minister", SpeakerKind.PERSON);
        assertEquals("Baker", quote(r, "We will not close a hospital").speaker().mention());
    }

    @Test
    void aSurnameKeepsStandingForThePersonItAlreadyNamedWhenARelativeIsNamedInFull() {
        Attribution r = attribute("Senator Tom Baker endorsed the bill on Friday. Baker said he would vote for it."
                + "\n\nRuth had campaigned with him. Critics had mocked Ruth Baker, his wife, during the campaign.\n\n"
                + "\u201CI keep my word,\u201D Baker said.");
        assertSpeaker(quote(r, "I keep my word"), "Tom Baker", "Senator", SpeakerKind.PERSON);
        assertEquals("Tom Baker", quote(r, "he would vote for it").speaker().name());
    }

    @Test
    void pronounResolvesToTheCompatiblePerson() {
        Attribution r = attribute("Mayor Sarah Olsen met Tom Baker on Monday.\n\n\u201CThe money is there,\u201D she said.");
        Quote q = quote(r, "The money is there");
        assertSpeaker(q, "Sarah Olsen", "Mayor", SpeakerKind.PERSON);
        assertEquals("she", q.speaker().mention());
    }

    @Test
    void quoteSplitAroundItsCueGivesTwoQuotesOfOneSpeaker() {
        Attribution r = attribute("\u201CWe will not close a single hospital,\u201D Premier Jane Ford said. \u201CNot one.\u201D");
        assertEquals(2, r.quotes().size());
        assertSpeaker(quote(r, "We will not close a single hospital"), "Jane Ford", "Premier", SpeakerKind.PERSON);
        Quote second = quote(r, "Not one.");
        assertSpeaker(second, "Jane Ford", "Premier", SpeakerKind.PERSON);
        assertNull(second.cue());
    }

    @Test
    void continuationParagraphKeepsThePreviousSpeaker() {
        Attribution r = attribute("\u201CThe plan is sound,\u201D said Premier Jane Ford.\n\n\u201CWe costed every line of it and the auditor agreed.\u201D");
        assertSpeaker(quote(r, "We costed every line of it and the auditor agreed."), "Jane Ford", "Premier", SpeakerKind.PERSON);
    }

    @Test
    void colonIntroducesTheQuote() {
        Attribution r = attribute("Jane Ford told reporters: \u201CWe have the votes.\u201D");
        Quote q = quote(r, "We have the votes.");
        assertEquals(QuoteType.DIRECT, q.type());
        assertEquals("told", q.cue());
        assertSpeaker(q, "Jane Ford", null, SpeakerKind.PERSON);
    }

    @Test
    void reportedSpeechWithThatClause() {
        Attribution r = attribute("Premier Jane Ford said on Monday that the province would hire 300 nurses.");
        Quote q = quote(r, "the province would hire 300 nurses");
        assertEquals(QuoteType.INDIRECT, q.type());
        assertSpeaker(q, "Jane Ford", "Premier", SpeakerKind.PERSON);
    }

    @Test
    void frontedContentWithUnnamedSource() {
        Attribution r = attribute("The bridge will close for repairs in May, a city official said.");
        Quote q = quote(r, "The bridge will close for repairs in May");
        assertEquals(QuoteType.INDIRECT, q.type());
        assertSpeaker(q, "a city official", "city official", SpeakerKind.UNNAMED);
    }

    @Test
    void accordingToNamesTheSource() {
        Attribution r = attribute("The budget passed by two votes, according to the legislature\u2019s clerk.");
        Quote q = quote(r, "The budget passed by two votes");
        assertEquals("according to", q.cue());
        assertSpeaker(q, "the legislature\u2019s clerk", "clerk", SpeakerKind.UNNAMED);
    }

    @Test
    void mixedQuoteIsOneQuoteOverTheReportedContent() {
        Quote q = single("Jane Ford said the plan \u201Cwould not close a single hospital\u201D in the province.");
        assertEquals(QuoteType.MIXED, q.type());
        assertTrue(q.text().startsWith("the plan \u201Cwould not"), q.text());
        assertSpeaker(q, "Jane Ford", null, SpeakerKind.PERSON);
    }

    @Test
    void negatedReportIsNoQuote() {
        Attribution r = attribute("Jane Ford did not say that the province would raise taxes.");
        assertEquals(List.of(), r.quotes());
    }

    @Test
    void scareQuotesAreNoQuotes() {
        Attribution r = attribute("The group calls its territory a \u201Ccaliphate\u201D and rules it by force.");
        assertEquals(List.of(), r.quotes());
    }

    @Test
    void appositiveGivesTheRole() {
        Attribution r = attribute("Jen Park, a Transport Department spokeswoman, said the trains would run on time.");
        assertSpeaker(quote(r, "the trains would run on time"), "Jen Park", "Transport Department spokeswoman", SpeakerKind.PERSON);
    }

    @Test
    void militaryRankBeforeTheNameIsNotPartOfTheRole() {
        Attribution r = attribute("Navy spokesman Rear Adm. Paul Grant said the ships would sail on Friday.");
        assertSpeaker(quote(r, "the ships would sail on Friday"), "Paul Grant", "Navy spokesman", SpeakerKind.PERSON);
    }

    @Test
    void definiteDescriptionRefersBackToTheLastPerson() {
        Attribution r = attribute("Local cartoonist Ana Ruiz draws every night.\n\n\u201CI never stop,\u201D says the tireless artist.");
        Quote q = quote(r, "I never stop");
        assertSpeaker(q, "Ana Ruiz", "Local cartoonist", SpeakerKind.PERSON);
        assertEquals("the tireless artist", q.speaker().mention());
    }

    @Test
    void definiteDescriptionAfterAFirstNamingIsThatPersonNotTheLastOneQuoted() {
        Attribution r = attribute("\u201CWe print ten copies,\u201D says shop owner Tom Hale.\n\n"
                + "Patience matters, insists 16-year-old Sam Price, who has drawn since he was six. "
                + "\u201CIt is months of work,\u201D says the self-taught Cambridge resident.");
        Quote q = quote(r, "It is months of work");
        assertEquals("Sam Price", q.speaker().name());
        assertEquals("the self-taught Cambridge resident", q.speaker().mention());
        assertEquals("Tom Hale", quote(r, "We print ten copies").speaker().name());
    }

    @Test
    void definiteDescriptionOfAThingIsNotAPerson() {
        Attribution r = attribute("Senator Mark Hale spoke in Dayton on Monday.\n\n"
                + "The advertisement says the rival campaign wasted millions of dollars.");
        Quote q = quote(r, "the rival campaign wasted millions of dollars");
        assertSpeaker(q, "The advertisement", "advertisement", SpeakerKind.UNNAMED);
    }

    @Test
    void titleWithAPlaceIsNotTheSalientPersonUnlessTheyHoldThatTitle() {
        Attribution unknown = attribute("Donald Grant spoke first at the rally on Monday.\n\n"
                + "The Ohio governor said the state would appeal the ruling.");
        assertSpeaker(quote(unknown, "the state would appeal the ruling"), "The Ohio governor", "Ohio governor", SpeakerKind.UNNAMED);
        Attribution titled = attribute("Ohio Governor Ann Booth spoke after Donald Grant at the rally on Monday.\n\n"
                + "The Ohio governor said the state would appeal the ruling.");
        assertEquals("Ann Booth", quote(titled, "the state would appeal the ruling").speaker().name());
    }

    @Test
    void indefiniteTitleIsThePersonNamedAtOnceAfterIt() {
        Attribution r = attribute("A spokeswoman for the premier said she will not back down from the plan.\n\n"
                + "\u201CVoters rejected that approach in the last election,\u201D said Maria Lopez.");
        Quote reported = quote(r, "she will not back down from the plan");
        assertSpeaker(reported, "Maria Lopez", "spokeswoman for the premier", SpeakerKind.PERSON);
        assertEquals("A spokeswoman for the premier", reported.speaker().mention());
        assertSpeaker(quote(r, "Voters rejected that approach in the last election"), "Maria Lopez",
                "spokeswoman for the premier", SpeakerKind.PERSON);
    }

    @Test
    void indefiniteTitleStaysUnnamedWhenTheNextNameHasATitleOfItsOwn() {
        Attribution r = attribute("A spokesman for the ministry said the talks would resume.\n\n"
                + "\u201CWe are close,\u201D said Finance Minister John Roe.");
        assertSpeaker(quote(r, "the talks would resume"), "A spokesman for the ministry", "spokesman", SpeakerKind.UNNAMED);
        assertEquals("John Roe", quote(r, "We are close").speaker().name());
    }

    @Test
    void pronounSkipsPeopleNamedInsideWhatWasReported() {
        Attribution r = attribute("Kevin Marsh said he wants to continue the work of his father, Bill, who opened the bakery years ago.\n\n"
                + "He said the bakery, along with a mill run by his father's friend, Martin Lane, kept the village alive.\n\n"
                + "\u201CThey hired half the village,\u201D he said.");
        assertEquals("Kevin Marsh", quote(r, "the bakery, along with a mill run by his father's friend, Martin Lane, kept the village alive")
                .speaker().name());
        assertEquals("Kevin Marsh", quote(r, "They hired half the village").speaker().name());
    }

    @Test
    void nestedQuotationClosingWithItsOuterOneDoesNotBecomeTheSpeaker() {
        Attribution r = attribute("Pastry chef Dana Greenspan tried a new recipe.\n\n"
                + "\u201CI got fired for \u2018creative insubordination,\u2019\u201D says Greenspan, laughing.");
        assertSpeaker(quote(r, "I got fired for \u2018creative insubordination,\u2019"), "Dana Greenspan", "Pastry chef",
                SpeakerKind.PERSON);
    }

    @Test
    void appositiveRoleMayOpenWithAnAdjectiveOrStandBare() {
        assertSpeaker(single("Prices will fall next year, Alexei Petrov, a leading Moscow-based energy expert, said on Monday."),
                "Alexei Petrov", "leading Moscow-based energy expert", SpeakerKind.PERSON);
        assertSpeaker(single("Shelters will open at noon, Karen Lind, emergency program co-ordinator, said in a statement."),
                "Karen Lind", "emergency program co-ordinator", SpeakerKind.PERSON);
    }

    @Test
    void roleStatedAfterTheFirstQuoteBelongsToEveryQuoteOfThatPerson() {
        Attribution r = attribute("\u201CWe won the game,\u201D said Erik Lund.\n\n\u201CIt was hard,\u201D said the star defenceman.");
        assertSpeaker(quote(r, "We won the game"), "Erik Lund", "star defenceman", SpeakerKind.PERSON);
        assertSpeaker(quote(r, "It was hard"), "Erik Lund", "star defenceman", SpeakerKind.PERSON);
    }

    @Test
    void familyTieGivesWayToAFunction() {
        Attribution r = attribute("Lina Haddad and husband Omar Haddad came to Canada in 2016.\n\n"
                + "Farm labourer Omar Haddad now runs a bakery with her.\n\n\u201CWe work every day,\u201D Omar Haddad said.");
        assertSpeaker(quote(r, "We work every day"), "Omar Haddad", "Farm labourer", SpeakerKind.PERSON);
    }

    @Test
    void organisationShortNameResolvesToItsFullName() {
        Attribution r = attribute("Most homes will have power by Sunday, Hydro One said on Friday. Power will return by Monday, Hydro said.");
        assertSpeaker(quote(r, "Power will return by Monday"), "Hydro One", null, SpeakerKind.ORGANIZATION);
        assertEquals("Hydro", quote(r, "Power will return by Monday").speaker().mention());
    }

    @Test
    void definiteOrganisationNounRefersToTheNamedOrganisation() {
        Attribution r = attribute("The Toronto Transit Commission added buses on Monday.\n\nService will return by Sunday, the commission said.");
        assertSpeaker(quote(r, "Service will return by Sunday"), "Toronto Transit Commission", null, SpeakerKind.ORGANIZATION);
    }

    @Test
    void parentheticalCueTakesTheClauseBeforeIt() {
        Attribution r = attribute("Each charge carries a penalty of ten years, prosecutor Ann Lee said, adding that more charges may follow.");
        Quote q = quote(r, "Each charge carries a penalty of ten years");
        assertEquals(QuoteType.INDIRECT, q.type());
        assertSpeaker(q, "Ann Lee", "prosecutor", SpeakerKind.PERSON);
    }

    @Test
    void dashSignedStatementBelongsToTheSigner() {
        String text = "Crews will work through the night to restore power to every home. \u2014 Jane Ford (@janeford) May 3, 2024\n\n"
                + "OTTAWA \u2014 Tom Baker, who runs the utility, was not available.";
        Quote q = single(text);
        assertEquals("Crews will work through the night to restore power to every home.", q.text());
        assertEquals(QuoteType.INDIRECT, q.type());
        assertSpeaker(q, "Jane Ford", null, SpeakerKind.PERSON);
    }

    @Test
    void acronymResolvesToTheNameItAbbreviates() {
        Attribution r = attribute("The family wrote to Immigration, Refugees and Citizenship Canada in May.\n\n"
                + "IRCC said the file was still under review.");
        assertSpeaker(quote(r, "the file was still under review"), "Immigration, Refugees and Citizenship Canada", null,
                SpeakerKind.ORGANIZATION);
    }

    @Test
    void relativePronounSourceIsTheNounItDescribes() {
        Attribution r = attribute("The bill was opposed by veteran MPs who said the process had been rushed.");
        Quote q = quote(r, "the process had been rushed");
        assertEquals("veteran MPs", q.speaker().name());
        assertEquals(SpeakerKind.UNNAMED, q.speaker().kind());
    }

    @Test
    void speakersListEachSpeakerWithTheirQuotes() {
        Attribution r = attribute("\u201CWe will win,\u201D said Jane Ford. \u201CThey will lose,\u201D said Tom Baker.");
        assertEquals(2, r.speakers().size());
        assertEquals("Jane Ford", r.speakers().get(0).name());
        assertEquals(List.of(0), r.speakers().get(0).quotes());
        assertEquals("Tom Baker", r.speakers().get(1).name());
        assertEquals(List.of(1), r.speakers().get(1).quotes());
    }

    @Test
    void aQuoteAfterNarrationIsItsSubjects() {
        Attribution r = attribute("Ann Lee coaches a rowing club in Halifax, the city said.\n\n"
                + "At 30, Lee broke her leg in a fall, and Tom Baker's clinic treated her.\n\n"
                + "\u201CMy leg still aches, but I walk to the river every day.\u201D");
        Quote q = quote(r, "My leg still aches, but I walk to the river every day.");
        assertNull(q.cue());
        // Lee is the narration's subject; Tom Baker is named only inside a possessive
        assertSpeaker(q, "Ann Lee", null, SpeakerKind.PERSON);
        assertEquals(0.5, q.confidence());
    }

    @Test
    void aQuoteAfterNarrationNamingNobodyIsTheLastSpeakers() {
        Attribution r = attribute("\u201CSales fell sharply,\u201D Maria Lopez said.\n\n"
                + "The drop was steepest in the north, at 12 per cent.\n\n"
                + "\u201CNorthern stores were losing a tenth of their customers.\u201D");
        assertSpeaker(quote(r, "Northern stores were losing a tenth of their customers."), "Maria Lopez", null,
                SpeakerKind.PERSON);
    }

    @Test
    void narrationDoesNotOverruleTheQuotesOwnCueOrAnotherSpeaker() {
        // two subjects since the last quote: nobody is guessed
        Attribution two = attribute("Ann Lee met Tom Baker on Monday.\n\n"
                + "Lee spoke first and Baker answered her questions.\n\n"
                + "\u201CWe have a deal that works for both towns.\u201D");
        assertNull(quote(two, "We have a deal that works for both towns.").speaker());
        // a transcript line names its own speaker
        Attribution transcript = attribute("Ann Lee was interviewed on Sunday.\n\n"
                + "\u201CHOST: Will you run again next year, as your party hopes?\u201D");
        assertNull(quote(transcript, "HOST: Will you run again next year, as your party hopes?").speaker());
    }

    @Test
    void aNicknameAfterAQuoteIsNoContinuation() {
        Attribution r = attribute("\u201CThis is a big year for all of us here,\u201D Tom Baker said, and his niece "
                + "Joanna \u201CJo\u201D Marsh cheered.");
        assertEquals(1, r.quotes().size(), r.quotes()::toString);
        assertSpeaker(quote(r, "This is a big year for all of us here"), "Tom Baker", null, SpeakerKind.PERSON);
    }

    @Test
    void aGenderedNounOutweighsTheFirstName() {
        // "Chris" is listed as a man's name; "widow" says otherwise, so "she" can be Chris Lane
        Attribution r = attribute("War widow Chris Lane wrote to the minister in May.\n\n"
                + "\u201CNobody answered my letters for a year,\u201D she said.");
        assertSpeaker(quote(r, "Nobody answered my letters for a year"), "Chris Lane", "War widow", SpeakerKind.PERSON);
        // and a German is no man: the chancellor stays "she"
        assertEquals(Gender.FEMALE, SharedEngine.lexicon().titleGender("spokeswoman"));
        assertEquals(Gender.UNKNOWN, SharedEngine.lexicon().titleGender("German"));
        assertEquals(Gender.MALE, SharedEngine.lexicon().titleGender("nephews"));
    }

    @Test
    void rolesFromRelativeClausesAndReversedAppositives() {
        Attribution r = attribute("Tom Baker, who became Manitoba's chief justice after serving on the bench, "
                + "said he will retire.\n\nThe captain of the rowing club, Jo Roe, said the crew is ready.\n\n"
                + "Will the two newest Labour councillors, Ann Lee and Bo Chan, vote for it? Lee said she would vote yes.");
        assertSpeaker(quote(r, "he will retire"), "Tom Baker", "Manitoba's chief justice", SpeakerKind.PERSON);
        assertSpeaker(quote(r, "the crew is ready"), "Jo Roe", "captain of the rowing club", SpeakerKind.PERSON);
        assertSpeaker(quote(r, "she would vote yes"), "Ann Lee", "Labour councillor", SpeakerKind.PERSON);
        // a named possessor opens the description
        Attribution agent = attribute("Chris Vale\u2019s agent, Dana Okafor, told reporters that the sprinter was tired.");
        assertSpeaker(quote(agent, "the sprinter was tired"), "Dana Okafor", "Chris Vale\u2019s agent", SpeakerKind.PERSON);
        // the object of a preposition is not said of the name after it
        Attribution letter = attribute("In a letter to the minister, Ann Lee said the school must stay open.");
        assertSpeaker(quote(letter, "the school must stay open"), "Ann Lee", null, SpeakerKind.PERSON);
    }

    @Test
    void aRoleLeavesOutTheDescriptionOfItsOrganisation() {
        Attribution r = attribute("Ann Lee, president of boutique energy consulting firm Northwind Partners & Co., said prices "
                + "will rise.\n\nTom Baker, head of research at the Toronto-based Institute for Housing Policy, said "
                + "rents will fall.\n\nJo Roe, chief economist at the Bank of Canada, said rates will hold.");
        assertSpeaker(quote(r, "prices will rise"), "Ann Lee", "president of Northwind Partners & Co.", SpeakerKind.PERSON);
        // a name built with "for" keeps its article
        assertSpeaker(quote(r, "rents will fall"), "Tom Baker", "head of research at the Institute for Housing Policy",
                SpeakerKind.PERSON);
        // nothing described: unchanged
        assertSpeaker(quote(r, "rates will hold"), "Jo Roe", "chief economist at the Bank of Canada", SpeakerKind.PERSON);
    }

    @Test
    void rolesTheNarrationStates() {
        Attribution r = attribute("Jo Roe knows a strong start matters.\n\n"
                + "The Moncton, N.B., sprinter is in the final this week.\n\n"
                + "\u201CI feel ready,\u201D Roe said.\n\n"
                + "Tom Baker, who owns a bakery, was named the Liberal candidate at a meeting on Saturday.\n\n"
                + "Baker said he will run a clean campaign.\n\n"
                + "Ann Lee is the coach of the Harbour Hawks, a junior team.\n\n"
                + "Lee said the team is ready.");
        assertSpeaker(quote(r, "I feel ready"), "Jo Roe", "sprinter", SpeakerKind.PERSON);
        assertSpeaker(quote(r, "he will run a clean campaign"), "Tom Baker", "Liberal candidate", SpeakerKind.PERSON);
        assertSpeaker(quote(r, "the team is ready"), "Ann Lee", "coach of the Harbour Hawks", SpeakerKind.PERSON);
    }

    @Test
    void noRoleFromSomeonesClaimOrAThing() {
        // a predicate inside a quote or a report is the speaker's claim, not the narration's
        Attribution claim = attribute("Tom Baker said on Monday that Ann Lee is the founder of the scheme.\n\n"
                + "Lee said the claim is false.");
        assertSpeaker(quote(claim, "the claim is false"), "Ann Lee", null, SpeakerKind.PERSON);
        // "comments Baker had made" is no title before a name
        Attribution comments = attribute("Ann Lee pointed to remarks Tom Baker had made in May.\n\n"
                + "Baker said the remarks were taken out of context.");
        assertSpeaker(quote(comments, "the remarks were taken out of context"), "Tom Baker", null, SpeakerKind.PERSON);
    }

    @Test
    void aQualifiedDescriptionNeedsAMatchingRole() {
        Attribution r = attribute("Democratic presidential nominee Ann Lee spoke in Ohio on Monday.\n\n"
                + "The Republican nominee said the race is tightening.");
        // the article gives no Republican nominee a name: the description stays as worded
        assertSpeaker(quote(r, "the race is tightening"), "The Republican nominee", "Republican nominee", SpeakerKind.UNNAMED);
        Attribution vice = attribute("Democratic vice presidential nominee Tom Baker spoke in Ohio on Monday.\n\n"
                + "The Democratic nominee said the race is tightening.");
        assertEquals("The Democratic nominee", quote(vice, "the race is tightening").speaker().name());
    }

    @Test
    void aFullerFormOfTheSameTitleWins() {
        Attribution r = attribute("Coach Ann Lee spoke to the players on Monday.\n\n"
                + "Lee is the coach of the Harbour Hawks, a junior team.\n\n"
                + "Lee said the team is ready.\n\n"
                + "Jo Roe won again on Sunday.\n\n"
                + "The two-time champion is unbeaten this year.\n\n"
                + "Roe said she will defend the title.");
        assertSpeaker(quote(r, "the team is ready"), "Ann Lee", "coach of the Harbour Hawks", SpeakerKind.PERSON);
        assertSpeaker(quote(r, "she will defend the title"), "Jo Roe", "two-time champion", SpeakerKind.PERSON);
    }

    @Test
    void describingSomethingAsAQuotedPhraseIsAMixedQuote() {
        Attribution r = attribute("Senator Ann Lee described the bill as a \u201Cgift to polluters\u201D on Monday.");
        Quote q = quote(r, "the bill as a \u201Cgift to polluters\u201D");
        assertEquals(QuoteType.MIXED, q.type());
        assertEquals("described", q.cue());
        assertSpeaker(q, "Ann Lee", "Senator", SpeakerKind.PERSON);
        // unquoted, the description is the narrator's report of it, not a quote
        assertTrue(attribute("Senator Ann Lee described the bill as costly on Monday.").quotes().isEmpty());
    }

    @Test
    void callingSomethingAQuotedNameWhenTheParseLostTheObject() {
        Attribution r = attribute("Ann Lee called half of the council\u2019s members \u201Cfreeloaders.\u201D");
        Quote q = quote(r, "half of the council\u2019s members \u201Cfreeloaders.\u201D");
        assertEquals(QuoteType.MIXED, q.type());
        assertEquals("called", q.cue());
        assertSpeaker(q, "Ann Lee", null, SpeakerKind.PERSON);
    }

    @Test
    void aFollowOnSpeechActIsAQuoteOfItsOwn() {
        Attribution adding = attribute("The bridge will close for two months, Tom Baker said, adding that a ferry will "
                + "run instead.");
        assertSpeaker(quote(adding, "The bridge will close for two months"), "Tom Baker", null, SpeakerKind.PERSON);
        Quote added = quote(adding, "a ferry will run instead");
        assertEquals("adding", added.cue());
        assertSpeaker(added, "Tom Baker", null, SpeakerKind.PERSON);

        Attribution noting = attribute("Jo Roe said she is far from a decision, noting that she has taught for 40 years.");
        assertEquals(List.of("she is far from a decision", "she has taught for 40 years"),
                noting.quotes().stream().map(Quote::text).toList());
        assertSpeaker(noting.quotes().get(1), "Jo Roe", null, SpeakerKind.PERSON);

        Attribution but = attribute("Ann Lee said on Monday that she would run, but added that she needs time.");
        assertEquals(List.of("she would run", "she needs time"), but.quotes().stream().map(Quote::text).toList());
        assertEquals("added", but.quotes().get(1).cue());
    }

    @Test
    void theMainClauseAfterAnAnnouncementsObjectIsNotItsContent() {
        assertTrue(attribute("When the Tories announced their road plans in the fall of 2016, the provincial economy "
                + "was slowing.").quotes().isEmpty());
        // with a clause of its own, an announcement is reported speech
        assertEquals("the provincial economy was slowing", quote(attribute("The Tories announced in 2016 that the "
                + "provincial economy was slowing."), "the provincial economy was slowing").text());
    }

    @Test
    void aSurnameTheTaggerMissedIsStillThePerson() {
        // the tagger leaves "Waters" after a glued caption untagged; the surname of the person
        // named in full is that person, so the next "she" is not the premier of the caption
        Attribution r = attribute("Ann Waters said Monday she is considering a run for the party leadership.\n\n"
                + "Ann Waters, left, greets Premier Linda Cole in Regina, Sask., Monday, May 4, 2015.T\n\n"
                + "Waters said she wants to carry on the work of her mother.\n\n"
                + "She said the co-op gave the town a much-needed boost.");
        assertSpeaker(quote(r, "the co-op gave the town a much-needed boost"), "Ann Waters", null, SpeakerKind.PERSON);
    }

    @Test
    void aFrontedStatementTheParserHungOnTheCue() {
        Attribution r = attribute("And rebels and soldiers clashed near Hillsdale, about 18 miles (29 kilometers) from the "
                + "capital of the province, Hillsdale police officials told CNN.");
        Quote q = quote(r, "And rebels and soldiers clashed near Hillsdale, about 18 miles (29 kilometers) from the capital "
                + "of the province");
        assertEquals("told", q.cue());
        assertEquals("Hillsdale police officials", q.speaker().name());
    }

    @Test
    void aSubjectTheParseLostIsReadFromTheWordsBeforeTheVerb() {
        Attribution r = attribute("Iran is an ally of Iraq\u2019s Shiite-led government, and a senior security official in "
                + "Baghdad told CNN on Friday that the country had sent about 500 troops to help fight the militants.");
        Quote q = quote(r, "the country had sent about 500 troops to help fight the militants");
        assertEquals("a senior security official in Baghdad", q.speaker().name());
        assertEquals(SpeakerKind.UNNAMED, q.speaker().kind());
    }

    @Test
    void whereSomeoneComesFromIsNotTheirRoleAndAQualifiedFormWins() {
        Attribution r = attribute("\u201CMost patients recover,\u201D says Ann Lee, a surgeon from Brandon, Man.\n\n"
                + "\u201CTreatment works,\u201D says the trauma surgeon at the city hospital.");
        assertSpeaker(quote(r, "Most patients recover"), "Ann Lee", "trauma surgeon at the city hospital",
                SpeakerKind.PERSON);
        Attribution vice = attribute("President Ann Lee spoke first. Vice President Tom Baker spoke next.\n\n"
                + "Lee said the budget is balanced.");
        assertSpeaker(quote(vice, "the budget is balanced"), "Ann Lee", "President", SpeakerKind.PERSON);
    }

    @Test
    void toldSomeoneAClauseWithoutThat() {
        // the parser takes "the mayor" for a second object of "told"; only "reporters" is the addressee
        Attribution r = attribute("Ann Lee told reporters the mayor was tired.");
        Quote q = quote(r, "the mayor was tired");
        assertEquals("told", q.cue());
        assertSpeaker(q, "Ann Lee", null, SpeakerKind.PERSON);
    }

    @Test
    void aStatementTheAttributionInterruptsGivesTwoQuotes() {
        Attribution condition = attribute("Though the spring floods were mild, Smith said, moving the dam would "
                + "be far more costly.");
        assertEquals(List.of("Though the spring floods were mild", "moving the dam would be far more costly"),
                condition.quotes().stream().map(Quote::text).toList());
        for (Quote q : condition.quotes()) {
            assertEquals("said", q.cue());
            assertSpeaker(q, "Smith", null, SpeakerKind.PERSON);
        }
        Attribution clause = attribute("What she learned, Dr. Ann Lee says, is that the rest matters most.");
        assertEquals(List.of("What she learned", "is that the rest matters most"),
                clause.quotes().stream().map(Quote::text).toList());
        // a participle describing the speaker, or a new clause of the narrator's, is no second half
        assertEquals(List.of("The tea is far too strong"), attribute("The tea is far too strong, says Ann Lee, pouring "
                + "another cup.").quotes().stream().map(Quote::text).toList());
        assertEquals(List.of("Harbour repairs are often delayed"), attribute("Harbour repairs are often delayed, Tom Baker "
                + "says, and he left the meeting early.").quotes().stream().map(Quote::text).toList());
        // a follow-on act or a second source after the attribution is no second half
        assertEquals(List.of("Each count carries a penalty of ten years"), attribute("Each count carries a penalty of ten "
                + "years, the prosecutor said, according to the filing.").quotes().stream().map(Quote::text).toList());
    }

    @Test
    void aNounInARelativeClauseOfTheSubjectIsNotTheSource() {
        // the noun right before the dash closes a relative clause inside the subject's appositive
        Attribution r = attribute("Tom Baker, the head of Northwind Bakery -- the firm that owns the mill, which also "
                + "sells flour at the market and the firm's shop -- told me, \u201CWe bake for anyone who asks.\u201D");
        Quote q = quote(r, "We bake for anyone who asks.");
        assertEquals("Tom Baker", q.speaker().name());
        assertEquals(SpeakerKind.PERSON, q.speaker().kind());
    }

    @Test
    void aClauseAfterTheVerbThatTheParseBroke() {
        // the tagger reads "there" as an adverb and hangs the clause as an object
        assertEquals("there has to be a safer crossing near the school", single("Ann Lee says there has to be a safer "
                + "crossing near the school.").text());
        // an insertion after the content's subject, closed by a second comma, does not end the content
        assertEquals("the fund, run by the county, has paid for ten new wells", single("Farmers say the fund, "
                + "run by the county, has paid for ten new wells.").text());
    }

    @Test
    void addingSomethingToSomethingAndARelativeClauseReportNothing() {
        assertTrue(attribute("The coach added two players to the roster, which lists everyone who may dress.")
                .quotes().isEmpty());
        assertTrue(attribute("The clerk sent the letters to the radio station, which reported the news that night.")
                .quotes().isEmpty());
    }

    @Test
    void aParticipleAfterTheMainClauseSpeaksForItsSubject() {
        Quote q = single("Tom Baker is defending his budget, saying it will keep the pools open all summer.");
        assertEquals("it will keep the pools open all summer", q.text());
        assertEquals("saying", q.cue());
        assertSpeaker(q, "Tom Baker", null, SpeakerKind.PERSON);
        // the clause before the participle is narration, not what it reports
        Quote direct = single("Jo Roe faulted the board over the closure, saying, \"It is a mistake.\"");
        assertEquals("It is a mistake.", direct.text());
        assertEquals(QuoteType.DIRECT, direct.type());
        assertSpeaker(direct, "Jo Roe", null, SpeakerKind.PERSON);
    }

    @Test
    void aSceneSettingOpenerIsNotWhatWasSaid() {
        assertTrue(attribute("In a radio interview on Friday, Ann Lee praised the volunteers.").quotes().isEmpty());
        assertTrue(attribute("Driving home that night, Tom Baker mentioned the storm.").quotes().isEmpty());
        // an opener with a statement after it, or a plain fragment, still is
        assertEquals("In the north, the mill has closed", single("In the north, the mill has closed, Tom Baker said.")
                .text());
        assertEquals("Not this year", single("Not this year, Ann Lee said.").text());
        // a fronted adverbial the parser took for a second complement
        assertEquals("the storm had helped the farm", single("Strange as it may sound, Mr. Baker said the storm had "
                + "helped the farm.").text());
    }

    @Test
    void aSecondActJoinedByAConjunctionEndsTheFirstContent() {
        Attribution directive = attribute("Ann Lee wrote that the bridge was unsafe and urged drivers to take the ferry.");
        assertEquals(List.of("the bridge was unsafe", "to take the ferry"),
                directive.quotes().stream().map(Quote::text).toList());
        assertEquals("urged", directive.quotes().get(1).cue());
        assertSpeaker(directive.quotes().get(1), "Ann Lee", null, SpeakerKind.PERSON);

        Attribution twoSides = attribute("Tom Baker said the road was safe and critics argued that it was not.");
        assertEquals(List.of("the road was safe", "it was not"), twoSides.quotes().stream().map(Quote::text).toList());
        assertEquals("critics", twoSides.quotes().get(1).speaker().name());
    }

    @Test
    void rolesFromADescriptionAfterAPossessorAndFromAListOfNames() {
        Attribution possessor = attribute("Tom Baker's knee injury kept him out of one race.\n\n"
                + "The veteran sprinter won the final on Sunday.\n\n\"It feels good to run again,\" Baker said.");
        assertSpeaker(quote(possessor, "It feels good to run again"), "Tom Baker", "veteran sprinter", SpeakerKind.PERSON);
        Attribution list = attribute("Her tax lawyers, Jo Roe and Tom Baker, have asked for more time.\n\n"
                + "\"The file is very long,\" Baker said.");
        assertSpeaker(quote(list, "The file is very long"), "Tom Baker", "tax lawyer", SpeakerKind.PERSON);
    }

    @Test
    void addingToSomethingIsNoSpeech() {
        assertTrue(attribute("With the main road still closed, the storms only add to the delays.")
                .quotes().isEmpty());
        assertEquals("the plan was late", single("Ann Lee added that the plan was late.").text());
    }

    @Test
    void aRoleStatedWithAs() {
        Attribution r = attribute("Ann Lee sees the change clearly, not only as a historian who studies the town, but "
                + "as a resident.\n\n\"The old mill shaped every street here,\" Lee said.");
        assertSpeaker(quote(r, "The old mill shaped every street here"), "Ann Lee", "historian",
                SpeakerKind.PERSON);
        // "as a child" names no function
        Attribution child = attribute("Tom Baker learned to sail as a child on the lake.\n\n\"The lake was my school,\" "
                + "Baker said.");
        assertSpeaker(quote(child, "The lake was my school"), "Tom Baker", null, SpeakerKind.PERSON);
    }

    @Test
    void aFirstNameGivenToBothGendersFitsEitherPronoun() {
        Attribution r = attribute("Robin Hale, director of the guild, said members must renew their cards by June. "
                + "She said a similar rush came last spring.");
        assertSpeaker(quote(r, "a similar rush came last spring"), "Robin Hale", "director of the guild",
                SpeakerKind.PERSON);
    }

    @Test
    void peopleNamedSideBySideSpeakTogether() {
        Quote q = single("The bakery's owners Tom Baker and Ann Lee said they would reopen in the spring.");
        assertEquals("they would reopen in the spring", q.text());
        assertSpeaker(q, "Tom Baker and Ann Lee", null, SpeakerKind.PERSON);
    }

    @Test
    void aQuotationAfterAColonIsWhatTheClausesSubjectSaid() {
        Quote blunt = single("Tom Baker, the family doctor in town, was blunt: \"If the clinic closes, the whole "
                + "valley waits longer.\"");
        assertEquals("If the clinic closes, the whole valley waits longer.", blunt.text());
        assertEquals(QuoteType.DIRECT, blunt.type());
        assertNull(blunt.cue());
        assertSpeaker(blunt, "Tom Baker", "family doctor in town", SpeakerKind.PERSON);
        assertTrue(blunt.confidence() < 0.9, "no speech verb: not a sure attribution");
        Quote posted = single("The dispute flared again after the vote, when Ann Lee posted this: "
                + "\u201CThe count was fair, and it stands.\u201D");
        assertSpeaker(posted, "Ann Lee", null, SpeakerKind.PERSON);
        // a clause about no one introduces no speech
        assertTrue(attribute("The rules are clear: \"No dogs on the beach.\"").quotes().stream()
                .allMatch(q -> q.speaker() == null));
    }

    @Test
    void aPullQuoteSignedAfterItsLastFullStop() {
        Attribution r = attribute("Many boats stayed in port.\n\nThe town will have to dredge the channel or the fleet "
                + "will move away. Tom Baker, Northwind Tours\n\nBaker said the season was short.");
        Quote pull = quote(r, "The town will have to dredge the channel or the fleet will move away");
        assertEquals(QuoteType.INDIRECT, pull.type());
        assertSpeaker(pull, "Tom Baker", null, SpeakerKind.PERSON);
        // a photo caption signed by its photographer is no quote
        assertTrue(attribute("The vote was close.\n\nA ferry leaves the harbour at dawn on May 2, "
                + "2016. Ann Lee\n\nThe council met on Monday.").quotes().isEmpty());
    }

    @Test
    void describingSomeoneAsSomethingReportsTheDescription() {
        Attribution r = attribute("Councillor Tom Hale voted against the motion.\n\n"
                + "Mr. Hale describes himself as the quietest member of the whole council.");
        Quote q = quote(r, "the quietest member of the whole council");
        assertEquals("describes", q.cue());
        assertSpeaker(q, "Tom Hale", "Councillor", SpeakerKind.PERSON);
        // an unquoted adjective is narration of a view, not a quote
        assertTrue(attribute("Ann Lee described the plan as costly.").quotes().isEmpty());
    }

    @Test
    void aNameModifyingADocumentIsItsAuthor() {
        Quote q = single("A White House memo said the plan was ready.");
        assertEquals("the plan was ready", q.text());
        assertEquals("White House", q.speaker().name());
        assertEquals(SpeakerKind.ORGANIZATION, q.speaker().kind());
    }

    @Test
    void aPersonAfterAnOrganisationsTitleIsTheSource() {
        Quote q = single("The flaw might be that the dam was built too low, according to former Bank of Ireland chairman "
                + "Tom Baker.");
        assertEquals("The flaw might be that the dam was built too low", q.text());
        assertEquals("according to", q.cue());
        assertSpeaker(q, "Tom Baker", "former Bank of Ireland chairman", SpeakerKind.PERSON);
    }

    @Test
    void transcriptTurnsAreTheirSpeakersQuotesWithoutTheLabel() {
        String text = "Host Ann Lee spoke to Mayor Tom Baker on Sunday.\n\n"
                + "\"LEE: Why did you close the bridge?\n\n"
                + "\"BAKER: We had no choice. The engineers told us it was \u201Cunsafe.\u201D\n\n"
                + "\"(CROSSTALK.)\n\n"
                + "\"HOST: And will it reopen?\u201D\n\n"
                + "READ MORE: City closes bridge for repairs";
        Attribution r = attribute(text);
        assertEquals(3, r.quotes().size(), r.quotes().toString());
        Quote question = quote(r, "Why did you close the bridge?");
        assertEquals(QuoteType.DIRECT, question.type());
        assertEquals("Ann Lee", question.speaker().name());
        assertEquals(new TextSpan(text.indexOf("LEE:"), text.indexOf("LEE:") + 3), question.speaker().mentionSpan());
        Quote answer = quote(r, "We had no choice. The engineers told us it was \u201Cunsafe.\u201D");
        assertSpeaker(answer, "Tom Baker", "Mayor", SpeakerKind.PERSON);
        Quote once = quote(r, "And will it reopen?");
        assertEquals("Host", once.speaker().name());
        assertEquals(SpeakerKind.UNNAMED, once.speaker().kind());
        // page furniture has the form of a label but says nothing
        assertTrue(attribute("The bridge is closed.\n\nREAD MORE: City closes bridge\n\nWATCH: The bridge at dawn\n\n"
                + "READ MORE: Repairs to start in May").quotes().isEmpty());
    }

    @Test
    void aHyphenatedNameIsPrintedAsWritten() {
        Quote q = single("Park Min-ji said the ferry would run again in March.");
        assertEquals("the ferry would run again in March", q.text());
        assertEquals("Park Min-ji", q.speaker().name());
    }

    @Test
    void aTitleDressedInAdjectivesIsTheLastSentencesSubject() {
        Attribution r = attribute("The plant opened in May. Ann Lee knows that she is taking a risk.\n\n"
                + "\u201CNobody I know has kept a ferry line alive out here,\u201D the tall, soft-spoken "
                + "surgeon said.");
        assertEquals("Ann Lee", quote(r, "Nobody I know has kept a ferry line alive out here").speaker().name());
        // an office qualified by a capitalised word is not elegant variation: it stays as worded
        Attribution office = attribute("The plant opened in May. Ann Lee knows that she is taking a risk.\n\n"
                + "\u201CWe will not sell the plant,\u201D the Liberal candidate said.");
        assertEquals("the Liberal candidate", quote(office, "We will not sell the plant").speaker().name());
    }

    @Test
    void callingForAndCallingOnNeedTheirPrepositionAtTheVerb() {
        Quote named = single("Ann Lee has been calling the mayor \u201Ca coward\u201D for weeks.");
        assertEquals("the mayor \u201Ca coward\u201D", named.text());
        assertEquals(QuoteType.MIXED, named.type());
        Quote request = single("Ann Lee called on the province to reopen the bridge by May.");
        assertEquals("the province to reopen the bridge by May", request.text());
        assertEquals("called", request.cue());
    }

    @Test
    void anAccordingToPhraseInsideAStatementGivesBothHalves() {
        Attribution r = attribute("The hard part, according to the county planners, is a lack of money for repairs.");
        assertEquals(2, r.quotes().size(), r.quotes().toString());
        assertEquals("according to", quote(r, "The hard part").cue());
        assertEquals("the county planners", quote(r, "is a lack of money for repairs").speaker().name());
        // a scene-setting opener is no half of the statement
        Quote q = single("In May, according to the county police, the man fled the city.");
        assertEquals("the man fled the city", q.text());
    }

    @Test
    void aSubjectBeforeTheAttributionIsTheFirstHalf() {
        Attribution r = attribute("Most of the money, Ann Lee says, will go back to the families who paid it.");
        assertEquals(2, r.quotes().size(), r.quotes().toString());
        assertEquals("Ann Lee", quote(r, "Most of the money").speaker().name());
        assertEquals("Ann Lee", quote(r, "will go back to the families who paid it").speaker().name());
    }

    @Test
    void aPhotoCreditGluedToTheNextSentenceDoesNotJoinItsSource() {
        Attribution r = attribute("Tom Baker, 71, repairs bicycles in his garage. Baker says business has doubled. "
                + "( Jo Roe / The Daily News ) Bakery owner Ann Lee, 44, says the new bike lane brought her more customers.");
        Quote q = quote(r, "the new bike lane brought her more customers");
        assertSpeaker(q, "Ann Lee", "Bakery owner", SpeakerKind.PERSON);
    }

    @Test
    void aHeadlineOpeningWithANameAndAColonIsThatNamesClaim() {
        Attribution r = attribute("Baker: Harbour Bridge Will Close \u2018for Good\u2019\n\n"
                + "Mayor Tom Baker said on Monday that the bridge would not reopen.");
        Quote headline = quote(r, "Harbour Bridge Will Close \u2018for Good\u2019");
        assertEquals(QuoteType.MIXED, headline.type());
        assertSpeaker(headline, "Tom Baker", "Mayor", SpeakerKind.PERSON);
        // a label that names nobody the article speaks of is a headline device, not a speaker
        assertEquals(1, attribute("Update: Harbour Bridge Will Close\n\n"
                + "Mayor Tom Baker said on Monday that the bridge would not reopen.").quotes().size());
    }

    @Test
    void aCharacterisingVerbWithAQuotationIsAMixedQuote() {
        Quote q = single("Senator Ann Lee likened the budget to \u201Ca house of cards\u201D on Monday.");
        assertEquals("the budget to \u201Ca house of cards\u201D", q.text());
        assertEquals(QuoteType.MIXED, q.type());
        assertEquals("likened", q.cue());
        assertSpeaker(q, "Ann Lee", "Senator", SpeakerKind.PERSON);
        assertEquals("the claims as \u201Cfalse\u201D or \u201Cmisleading,\u201D",
                single("The fact-checkers rated the claims as \u201Cfalse\u201D or \u201Cmisleading,\u201D citing police data.").text());
        Quote concern = single("The port authority expressed \u201Cdeep unease\u201D about the strike on Friday.");
        assertEquals("deep unease", concern.text());
        assertEquals(QuoteType.DIRECT, concern.type());
        // unquoted, a passive, or a participle naming a thing: no one's words
        assertTrue(attribute("Ann Lee expressed her thanks to the volunteers.").quotes().isEmpty());
        assertTrue(attribute("Ann Lee compared the two plans in detail.").quotes().isEmpty());
        assertTrue(attribute("The budget was likened to \u201Ca house of cards.\u201D").quotes().isEmpty());
        assertTrue(attribute("In the drawer, in a folder labeled \u201Curgent,\u201D a clerk had kept the bills.").quotes().isEmpty());
    }

    @Test
    void theSubjectOfTheLastSentenceOutranksAQuotedPersonNamedInAnotherRole() {
        Attribution r = attribute("\u201CThe rules are unlawful,\u201D Tom Baker said.\n\n"
                + "Jim Lee rejected the complaint as the work of Baker\u2019s clients. "
                + "\u201CI respect Tom, but he is paid to say that,\u201D he said.");
        assertEquals("Jim Lee", quote(r, "I respect Tom, but he is paid to say that").speaker().name());
        // the subject of a relative clause ("a note that Lee sent") is not the sentence's subject
        Attribution note = attribute("\u201CThe rules are unlawful,\u201D Tom Baker said.\n\n"
                + "The lobby displays a letter that Jim Lee wrote to Baker years ago. "
                + "\u201CGuests get to read it,\u201D he said.");
        assertEquals("Tom Baker", quote(note, "Guests get to read it").speaker().name());
    }

    @Test
    void whatSomeoneCallsForOrCallsSomethingSurvivesTheParsersSlips() {
        assertEquals("cutting the bus fare to two dollars", single("Mayor Ann Lee called for cutting the bus fare to two dollars.").text());
        Quote hoax = single("Ann Lee has called the new levy a tax invented by bankers.");
        assertEquals("the new levy a tax invented by bankers", hoax.text());
        assertEquals("called", hoax.cue());
        // a time after the object names nothing
        assertTrue(attribute("Ann Lee called the police a second time.").quotes().isEmpty());
    }

    @Test
    void aCallForAClauseIsWhatTheRelativeClausesNounAsked() {
        Quote q = single("The tenants were joined by Tom Baker, who called for the audit to be published.");
        assertEquals("the audit to be published", q.text());
        assertEquals("Tom Baker", q.speaker().name());
    }

    @Test
    void aReportInASubordinateClauseEndsBeforeTheMainClausesReport() {
        Attribution r = attribute("While some critics say the city should not pay a \u201Cbroker\u201D to run the shelters, "
                + "Ann Lee says the contract saves money.");
        assertEquals(2, r.quotes().size(), r.quotes().toString());
        assertEquals("some critics", quote(r, "the city should not pay a \u201Cbroker\u201D to run the shelters").speaker().name());
        assertEquals("Ann Lee", quote(r, "the contract saves money").speaker().name());
    }

    @Test
    void aSurnameTheTaggerMissedAfterATitleIsThePersonTheArticleNames() {
        // "Oh" is tagged as an interjection there
        Attribution r = attribute("Mina Oh said on Monday that she would run the festival.\n\n"
                + "Veteran actor Oh said the choice of films came about by chance.");
        assertEquals("Mina Oh", quote(r, "the choice of films came about by chance").speaker().name());
    }

    @Test
    void aShortOrganisationNameDoesNotGrowIntoALegalFormOrABodyNamedAfterAPlace() {
        Attribution r = attribute("Northwind Corp. signed the deal on Monday. The Harbour Hawks will play there.\n\n"
                + "Northwind said the new arena would open in May. The Hawks said they were pleased.");
        assertEquals("Northwind", quote(r, "the new arena would open in May").speaker().name());
        assertEquals("Harbour Hawks", quote(r, "they were pleased").speaker().name());
        // a place standing for its government is not the university named after it
        Attribution place = attribute("A think tank at the University of Ottawa studied the plan.\n\n"
                + "Ottawa said the plan would cost $2 billion over five years.");
        assertEquals("Ottawa", quote(place, "the plan would cost $2 billion over five years").speaker().name());
    }

    @Test
    void aNameInAnEponymIsNoPersonOfTheStory() {
        Attribution r = attribute("Tom Baker opened the clinic in 2010.\n\n"
                + "Last spring, Baker learned that he had Addison\u2019s disease, an illness of the glands.\n\n"
                + "\u201CI still work every morning, and I will as long as I can.\u201D\n\n"
                + "He said the staff would run the clinic from June and he would teach.");
        assertEquals("Tom Baker", quote(r, "the staff would run the clinic from June and he would teach").speaker().name());
    }

    @Test
    void aReportInAnOpeningSubordinateClauseEndsWhereTheMainClauseBegins() {
        Attribution r = attribute("When Harper told the crew the shop would close in March, the room went quiet.\n\n"
                + "While Dana Ruiz has said the budget will be \u201Clean,\u201D the council expects higher fees.\n\n"
                + "Although the airline said it would not discuss the fine, its chief executive apologised to passengers.");
        assertEquals("Harper", quote(r, "the shop would close in March").speaker().name());
        assertEquals(QuoteType.MIXED, quote(r, "the budget will be \u201Clean,\u201D").type());
        assertEquals("the airline", quote(r, "it would not discuss the fine").speaker().name());
        assertEquals(3, r.quotes().size(), r.quotes().toString());
    }

    @Test
    void aClauseInBracketsInsideReportedSpeechIsTheWritersAside() {
        String text = "Lee told the board she would open the plant in May (the permits had taken two years), "
                + "and hire forty workers by summer. Kim said the senator (D-Va.) would vote no. "
                + "Roe said the fund would grow (which pleased the board).";
        Attribution r = attribute(text);
        Quote first = quote(r, "she would open the plant in May");
        Quote second = quote(r, "and hire forty workers by summer");
        assertEquals(text.indexOf("she would"), first.span().start());
        assertEquals("Lee", first.speaker().name());
        assertEquals("Lee", second.speaker().name());
        assertEquals("told", second.cue());
        assertEquals("Kim", quote(r, "the senator (D-Va.) would vote no").speaker().name());
        assertEquals("Roe", quote(r, "the fund would grow").speaker().name());
        assertEquals(4, r.quotes().size(), r.quotes().toString());
    }

    @Test
    void aReportInsideARelativeClauseIsThePredicateAfterTheVerb() {
        String text = "Ann Lee sang a song she said was composed by her grandmother.\n\n"
                + "The plan, which Tom Baker said would cost $3 million, was approved on Monday.\n\n"
                + "The station closed two platforms, a step the railway said was required to keep trains on time.";
        Attribution r = attribute(text);
        Quote song = quote(r, "was composed by her grandmother");
        assertEquals(text.indexOf("was composed"), song.span().start());
        assertEquals("Ann Lee", song.speaker().name());
        assertEquals("Tom Baker", quote(r, "would cost $3 million").speaker().name());
        assertEquals("the railway", quote(r, "was required to keep trains on time").speaker().name());
        assertEquals(3, r.quotes().size(), r.quotes().toString());
    }

    @Test
    void aNounWithAParticiplePhraseBeforeTheVerbIsTheSource() {
        // the parser reads "Families evacuated last week" as a clause that is the subject of "said"
        Attribution r = attribute("The landlord sold the building in May.\n\n"
                + "Families evacuated last week said that the landlord had ignored their letters for a year.");
        Quote q = quote(r, "the landlord had ignored their letters for a year");
        assertEquals("Families evacuated last week", q.speaker().name());
        assertEquals(SpeakerKind.UNNAMED, q.speaker().kind());
    }

    @Test
    void peopleNamedInAPhotoCaptionAreNoAntecedents() {
        Attribution r = attribute("Dana Voss runs the food bank on Elm Street.\n\n"
                + "\u201CWe fed 400 families last month,\u201D Voss said.\n\n"
                + "Volunteer Rita Hale, right, and her daughter Lena, left, sort donations on Friday.\n\n"
                + "The shelves empty faster every winter, she said.");
        assertEquals("Dana Voss", quote(r, "The shelves empty faster every winter").speaker().name());
    }

    @Test
    void anOrganisationBeforeATitleQualifiesThePersonAfterAnInvertedVerb() {
        Attribution r = attribute("\"They beat us in every corner. They owned us,\" said Hawks head coach Tim Barlow.");
        assertSpeaker(quote(r, "They beat us in every corner. They owned us"), "Tim Barlow", "Hawks head coach", SpeakerKind.PERSON);
    }

    @Test
    void aClauseTellingWhenSomeoneAnsweredIsNoContent() {
        Attribution r = attribute("Nora Diaz and Leo Park run the night shelter.\n\n"
                + "The city answered weeks later when Diaz filed a complaint.\n\n"
                + "\u201CWe just want the heat on,\u201D said the grandmother, a volunteer from Halifax.\n\n"
                + "Park said when the winter ends, he will move to Moncton.");
        assertEquals(2, r.quotes().size(), r.quotes().toString());
        // a description with a common-noun appositive still refers back to the person named before
        assertEquals("Nora Diaz", quote(r, "We just want the heat on").speaker().name());
        assertEquals("Leo Park", quote(r, "when the winter ends, he will move to Moncton").speaker().name());
    }

    @Test
    void aShortQuotationRightAfterTheVerbIsWhatWasSaid() {
        Attribution r = attribute("Tom Reed said \u201Cno more.\u201D\n\n"
                + "Mia Lo said \u201Cnever again\u201D on Monday.\n\n"
                + "Jo Roe said \u201Cnew fees\u201D and higher rents would pay for the hall.");
        Quote reed = quote(r, "no more.");
        assertEquals(QuoteType.DIRECT, reed.type());
        assertEquals("Tom Reed", reed.speaker().name());
        assertEquals("Mia Lo", quote(r, "never again").speaker().name());
        // a quotation that only opens the content is part of a mixed quote
        assertEquals(QuoteType.MIXED, quote(r, "\u201Cnew fees\u201D and higher rents would pay for the hall").type());
    }

    @Test
    void aStatementInterruptedBetweenItsSubjectAndItsPredicateGivesBothHalves() {
        // the parser hangs "Most of the crop" on the verb as a loose dependent, no subject
        Attribution r = attribute("Most of the crop, Lee insists, will go to food banks.\n\n"
                + "In May, Lee insists, the barn will open.");
        assertEquals("Lee", quote(r, "Most of the crop").speaker().name());
        assertEquals("Lee", quote(r, "will go to food banks").speaker().name());
        assertEquals("Lee", quote(r, "the barn will open").speaker().name());
        assertEquals(3, r.quotes().size(), r.quotes().toString());
    }

    @Test
    void aFirstNameThatIsAlsoAVerbStaysAName() {
        // the tagger reads "Tore" as the past of "tear", which would make it the sentence's verb
        Attribution r = attribute("Workers at the mill voted for a union on Friday.\n\n"
                + "In a statement, the mill's owners Tore Lind and Ana Silva said they accepted the result.");
        assertEquals("Tore Lind and Ana Silva", quote(r, "they accepted the result").speaker().name());
    }

    @Test
    void theyInAMainClauseStandsForThePluralSubjectOfTheSentence() {
        Attribution r = attribute("Planners wondered whether fares would rise if buses were cut and they were to complain: the line would lose money.\n\n"
                + "Dock workers want the new cranes gone, and they say the port ignored every safety complaint.");
        Quote q = quote(r, "the port ignored every safety complaint");
        assertEquals("Dock workers", q.speaker().name());
        assertEquals("they", q.speaker().mention());
        // "they" in a conditional clause is not the narrator's next claim about the subject
        assertEquals(1, r.quotes().size(), r.quotes().toString());
    }

    @Test
    void verbsOfPraiseAndBlameWithAQuotationAreMixedQuotes() {
        Attribution r = attribute("Tom Roe hailed the coach as \u201Ca builder of men.\u201D\n\n"
                + "Ann Lee attacked the council for its \u201Creckless\u201D budget on Monday.\n\n"
                + "The council was attacked by critics for the delay.");
        Quote hailed = quote(r, "the coach as \u201Ca builder of men.\u201D");
        assertEquals(QuoteType.MIXED, hailed.type());
        assertEquals("Tom Roe", hailed.speaker().name());
        assertEquals("Ann Lee", quote(r, "the council for its \u201Creckless\u201D").speaker().name());
        assertEquals(2, r.quotes().size(), r.quotes().toString());
    }

    @Test
    void aFamilyNameWrittenFirstTellsNoGender() {
        // "Lu" is a woman's given name in the first-name list; here it is the family name
        Attribution r = attribute("Mayor Tom Hardy met the trade envoy on Monday.\n\n"
                + "Ministry spokesperson Lu Fang gave no details about the talks. But he said more would follow within a week.");
        assertEquals("Lu Fang", quote(r, "more would follow within a week").speaker().name());
    }

    @Test
    void aLinkToAnotherStoryIsNoStatementOfThisOne() {
        Attribution r = attribute("The harbour reopened on Tuesday after the storm.\n\n"
                + "READ MORE: Ferry fares will rise in spring, transport ministry says\n\n"
                + "Port director Ann Lee said the cranes were undamaged.\n\n"
                + "CORRECTION: Lee said the east gate would stay closed until May.");
        assertEquals("Ann Lee", quote(r, "the cranes were undamaged").speaker().name());
        // an editor's correction belongs to this story and keeps its report
        assertEquals("Ann Lee", quote(r, "the east gate would stay closed until May").speaker().name());
        assertEquals(2, r.quotes().size(), r.quotes().toString());
    }

    @Test
    void aParticipleAfterACommaSpeaksForTheClauseBeforeIt() {
        // a participle is never inverted: the noun after "saying" opens what was said
        Attribution r = attribute("Mayor Ann Kole dismissed the proposal, saying everyone who signed it \u201Chas never run a bus line.\u201D");
        Quote q = quote(r, "everyone who signed it \u201Chas never run a bus line.\u201D");
        assertEquals(QuoteType.MIXED, q.type());
        assertEquals("Ann Kole", q.speaker().name());
        assertEquals(1, r.quotes().size(), r.quotes().toString());
    }

    @Test
    void aRelativePronounTakenForTheObjectStillStandsForTheSpeaker() {
        Attribution r = attribute("The council has long opposed Jo Marsh, who in 2019 said the city\u2019s first duty was to repair every bridge.");
        assertEquals("Jo Marsh", quote(r, "the city\u2019s first duty was to repair every bridge").speaker().name());
    }

    @Test
    void theObjectOfAVerbOfCausingIsWhoSpeaksInTheInfinitive() {
        Attribution r = attribute("The heat wave strained the grid on Monday, leading the utility to ask customers to save power.\n\n"
                + "The storm had an opportunity to remind voters of the budget.");
        assertEquals("the utility", quote(r, "to save power").speaker().name());
        // a noun that moves no one ("an opportunity to remind") is no speaker
        assertEquals(1, r.quotes().size(), r.quotes().toString());
    }

    @Test
    void aPartyAndStateInBracketsDoNotEndTheSentence() {
        // the tokenizer cuts "(D-N.C.)" into "D-N.C" and a period, which ended the sentence there
        String text = "Rep. Ann Roe (D-N.C.) said the levee plan was too slow. Sen. Bo Lee, R-S.C., told reporters the bill would pass.";
        Attribution r = attribute(text);
        Quote levee = quote(r, "the levee plan was too slow");
        assertEquals("Ann Roe", levee.speaker().name());
        assertEquals("Rep.", levee.speaker().role());
        assertEquals("Bo Lee", quote(r, "the bill would pass").speaker().name());
        assertEquals(text.indexOf("the bill"), quote(r, "the bill would pass").span().start());
    }

    @Test
    void aReportTheParserMadeTheSubjectOfALaterPredicateRunsToTheEnd() {
        Attribution r = attribute("Marta Lee later said she feared the dam was unsafe after the spring floods.\n\n"
                + "Ann Roe said she hoped the grant lets the club buy boats and the regatta returns next year.");
        assertEquals("Marta Lee", quote(r, "she feared the dam was unsafe after the spring floods").speaker().name());
        assertEquals("Ann Roe", quote(r, "she hoped the grant lets the club buy boats and the regatta returns next year").speaker().name());
        assertEquals(2, r.quotes().size(), r.quotes().toString());
    }

    @Test
    void anAdvertisementBreakSeparatesNeitherPronounNorContinuationFromTheStory() {
        Attribution r = attribute("Tom Reed, 40, rebuilt the old mill.\n\n"
                + "He said he first saw it last July.\n\n"
                + "His brother gave him a loan.\n\n"
                + "Story continues below advertisement\n\n"
                + "Advertisement\n\n"
                + "\u201CThey told me the roof would fall in,\u201D he said.\n\n"
                + "\u201CI had no idea.\u201D");
        assertEquals("Tom Reed", quote(r, "They told me the roof would fall in").speaker().name());
        assertEquals("Tom Reed", quote(r, "I had no idea.").speaker().name());
    }

    @Test
    void aHyphenatedTitleIsOneWord() {
        // the tokenizer splits "sergeant-at-arms" at its hyphens and the parser makes "arms" the head
        Attribution r = attribute("Ann Lee guards the chamber door.\n\n"
                + "\u201CNobody gets in without a pass,\u201D the soft-spoken sergeant-at-arms said.\n\n"
                + "\u201CWe will print it,\u201D the editor-in-chief said.");
        Quote pass = quote(r, "Nobody gets in without a pass");
        assertEquals("Ann Lee", pass.speaker().name());
        assertEquals("soft-spoken sergeant-at-arms", pass.speaker().role());
        Quote print = quote(r, "We will print it");
        assertEquals("the editor-in-chief", print.speaker().name());
        assertEquals("editor-in-chief", print.speaker().role());
    }

    @Test
    void theyStandsForThePluralSubjectOfTheSentenceBefore() {
        Attribution r = attribute("Dairy farmers filed claims against the province last year.\n\n"
                + "The new levy, they argue, will ruin small farms.");
        assertEquals("Dairy farmers", quote(r, "The new levy").speaker().name());
        assertEquals("Dairy farmers", quote(r, "will ruin small farms").speaker().name());
        assertEquals("they", quote(r, "will ruin small farms").speaker().mention());
    }

    @Test
    void aPersonNamedBeforeACommonNounOnlyQualifiesIt() {
        Attribution r = attribute("Senator Ann Kole opposes the plan.\n\n"
                + "Kole aides said the bill would fail.\n\n"
                + "A Kole aide said the vote would be close.\n\n"
                + "Kole spokesman Tom Reed said the senator would vote no.");
        assertEquals("Kole aides", quote(r, "the bill would fail").speaker().name());
        assertEquals("A Kole aide", quote(r, "the vote would be close").speaker().name());
        assertEquals("Tom Reed", quote(r, "the senator would vote no").speaker().name());
    }

    @Test
    void aPredicateLeftHangingOnTheSpeechVerbMakesItsObjectTheStartOfWhatWasSaid() {
        // parsed as "Ruiz said frost and lost irrigation water", with "have ruined" left over
        Attribution r = attribute("Ruiz said frost and lost irrigation water during the cold snap have ruined the harvest.\n\n"
                + "Lee said nothing and left the room.");
        assertEquals("Ruiz", quote(r, "frost and lost irrigation water during the cold snap have ruined the harvest").speaker().name());
        assertEquals(1, r.quotes().size(), r.quotes().toString());
    }

    @Test
    void anInvertedAttributionBetweenCommasTheParserCouldNotPlaceSplitsTheStatement() {
        String text = "There is a quiet pride, insists 70-year-old Ben Roe, in mending a net you have mended for decades.";
        Attribution r = attribute(text);
        Quote before = quote(r, "There is a quiet pride");
        Quote after = quote(r, "in mending a net you have mended for decades");
        assertEquals("Ben Roe", before.speaker().name());
        assertEquals("Ben Roe", after.speaker().name());
        assertEquals("insists", after.cue());
        assertEquals(text.indexOf("in mending"), after.span().start());
        assertEquals(2, r.quotes().size(), r.quotes().toString());
    }

    @Test
    void aTitleInQuotationMarksIsNoQuote() {
        Attribution r = attribute("Ruth Diaz closed the concert with the hymn \u201CRock of Ages in the Valley,\u201D and the choir joined in.\n\n"
                + "\u201CWe sang it for my mother,\u201D Diaz said on CBC\u2019s \u201CMorning in the Valley.\u201D\n\n"
                + "At the end the crowd shouted \u201COne More Song for Ruth.\u201D");
        assertEquals("Ruth Diaz", quote(r, "We sang it for my mother").speaker().name());
        // a chant is spoken words, title case or not
        assertEquals("the crowd", quote(r, "One More Song for Ruth.").speaker().name());
        assertEquals(2, r.quotes().size(), r.quotes().toString());
    }

    @Test
    void aQuotationTheVerbIntroducesWithACommaEndsAtItsClosingMark() {
        Attribution r = attribute("Ana Ruiz grabbed the rope and keeps shouting, \"Hold it tight,\" until the boat is clear.\n\n"
                + "Ana Ruiz shouted last night, \u201CKeep going,\u201D as the boat pulled away.");
        Quote now = quote(r, "Hold it tight");
        assertEquals(QuoteType.DIRECT, now.type());
        assertEquals("Ana Ruiz", now.speaker().name());
        assertEquals(QuoteType.DIRECT, quote(r, "Keep going").type());
        assertEquals(2, r.quotes().size(), r.quotes().toString());
    }

    @Test
    void aFollowOnParticipleTheParserHungOnItsOwnClauseStillReportsIt() {
        // the parser makes "saying" and "adding" markers of the clause after them, like "that"
        Attribution r = attribute("Marsh also said she sees a lot of waste in the transit budget, saying the town spends more on consultants than on buses.\n\n"
                + "\"We waited three years for that bridge,\" Marsh said, adding she would never back the plan.");
        assertEquals("Marsh", quote(r, "she sees a lot of waste in the transit budget").speaker().name());
        Quote saying = quote(r, "the town spends more on consultants than on buses");
        assertEquals("saying", saying.cue());
        assertEquals("Marsh", saying.speaker().name());
        assertEquals("adding", quote(r, "she would never back the plan").cue());
    }

    @Test
    void aFollowOnParticipleWhoseClauseTheParserScatteredStillEndsTheFirstReport() {
        // "saying the town needs younger leaders" comes out as an object and a loose "needs"
        Attribution r = attribute("Mayor Jo Marsh announced in May she will retire from council sooner than expected, saying the town needs younger leaders.");
        assertEquals("Jo Marsh", quote(r, "she will retire from council sooner than expected").speaker().name());
        Quote saying = quote(r, "the town needs younger leaders");
        assertEquals("Jo Marsh", saying.speaker().name());
        assertEquals(2, r.quotes().size(), r.quotes().toString());
    }

    @Test
    void aParticipleAfterACommaGoesWithTheNearestClauseThatHasASubject() {
        Attribution r = attribute("Ray Dunn lost the election in May.\n\n"
                + "Anna Berg remembers him waving from the stage, saying he had never been happier.");
        Quote q = quote(r, "he had never been happier");
        assertEquals("Ray Dunn", q.speaker().name());
        assertEquals("him", q.speaker().mention());
    }

    @Test
    void aFullNameTheTaggerLeftUntaggedIsStillThePerson() {
        // the tagger misses "Layla Al Opium" after "For" and "Al Opium" opening a sentence, and
        // tags the name only in the last paragraph; without those mentions "she" has only a man
        Attribution r = attribute("For Layla Al Opium and hundreds of other nurses, the winter has been long. "
                + "Her husband, Omar Haddad, drives a taxi at night.\n\n"
                + "\"Nobody on my ward has slept since October,\" she said at her home in Halifax.\n\n"
                + "Al Opium, Haddad and their sons arrived in June.\n\n"
                + "\"It was cold and nobody knew us,\" she recalled.\n\n"
                + "Nurse Layla Al Opium said the ward was full.");
        Quote slept = quote(r, "Nobody on my ward has slept since October");
        assertEquals("said", slept.cue());
        assertSpeaker(slept, "Layla Al Opium", "Nurse", SpeakerKind.PERSON);
        assertEquals("she", slept.speaker().mention());
        Quote cold = quote(r, "It was cold and nobody knew us");
        assertEquals("recalled", cold.cue());
        assertSpeaker(cold, "Layla Al Opium", "Nurse", SpeakerKind.PERSON);
    }

    @Test
    void aShortFormOfTheGivenNameIsTheSamePersonUnderTheFullName() {
        Attribution r = attribute("Alessandro Dunn, 15, plays chess at the library every Saturday.\n\n"
                + "\"I started when I was nine,\" said Sandro Dunn, who now coaches younger players.\n\n"
                + "Chris Pike, his teacher, said the boy never stops practising. Christopher Pike runs the chess club.");
        assertSpeaker(quote(r, "I started when I was nine"), "Alessandro Dunn", null, SpeakerKind.PERSON);
        assertEquals("Christopher Pike", quote(r, "the boy never stops practising").speaker().name());
        assertEquals(1, r.speakers().stream().filter(s -> s.name().endsWith("Dunn")).count(), r.speakers().toString());
    }

    @Test
    void aParagraphSignedWithAPhotoCreditIsACaptionThatIntroducesNobody() {
        // the caption names the boy first; the story introduces him later, and a description right
        // after that introduction is him
        Attribution r = attribute("Ana Ruiz and Tomas Wren at the bakery counter in Guelph. The bakery opened in 1990. "
                + "( Jo Lee / The Daily Record )\n\n"
                + "The shop is busiest on Saturdays.\n\n"
                + "Bread is hard work, says 17-year-old Tomas Wren. \u201CIt takes months of burnt loaves before you get it right,\u201D "
                + "says the young Guelph baker, who starts at five.");
        Quote q = quote(r, "It takes months of burnt loaves before you get it right");
        assertSpeaker(q, "Tomas Wren", "young Guelph baker", SpeakerKind.PERSON);
        assertEquals("the young Guelph baker", q.speaker().mention());
    }

    @Test
    void aWebsiteOrDatabaseSpeaksForTheOrganisationWhoseItIs() {
        // the owner's whole name, though the tagger reads "Transport" as a common noun
        assertSpeaker(single("Fewer than half the bridges have been inspected, according to Transport Manitoba\u2019s database."),
                "Transport Manitoba", null, SpeakerKind.ORGANIZATION);
        assertSpeaker(single("The festival will run on three stages, according to the Verdana website."),
                "Verdana", null, SpeakerKind.ORGANIZATION);
        // a month modifying the document is no author
        assertEquals("the agency's June report", single("The plant is safe, the agency's June report said.").speaker().name());
    }

    @Test
    void aVerbFormAfterAnArticleAndAdjectivesBeforePunctuationIsANoun() {
        // "the big reveal:" is no "the big" revealing anything; the quotation continues Lee's
        Attribution r = attribute("Mayor Ann Lee spoke for an hour about roads and parks. \u201CNobody will be surprised,\u201D Lee said. "
                + "Then came the big reveal: \u201CI am running again next year, and I will win.\u201D");
        Quote q = quote(r, "I am running again next year, and I will win.");
        assertNull(q.cue());
        assertSpeaker(q, "Ann Lee", "Mayor", SpeakerKind.PERSON);
    }

    @Test
    void aParticipleOnAStatementSpeaksForWhoeverIssuedIt() {
        Quote appeal = single("The Harbour Authority released a statement saying it would appeal the ruling.");
        assertEquals("it would appeal the ruling", appeal.text());
        assertEquals("saying", appeal.cue());
        assertSpeaker(appeal, "Harbour Authority", null, SpeakerKind.ORGANIZATION);
        Quote old = single("Ann Lee gave a speech noting that the dam was old.");
        assertEquals("the dam was old", old.text());
        assertSpeaker(old, "Ann Lee", null, SpeakerKind.PERSON);
        // the parser hangs this participle on "issued" itself
        Quote icy = single("Ann Lee issued a warning Tuesday saying the roads were icy.");
        assertEquals("the roads were icy", icy.text());
        assertSpeaker(icy, "Ann Lee", null, SpeakerKind.PERSON);
        // a man saying something is no statement of Lee's: it is the man's
        Quote man = single("Ann Lee met a man on the bridge saying the dam would break.");
        assertEquals("the dam would break", man.text());
        assertSpeaker(man, "a man on the bridge", "man", SpeakerKind.UNNAMED);
    }

    @Test
    void aSubjectThatDeniesAnyoneSaidItMakesNoQuote() {
        assertTrue(attribute("Neither the mayor nor the police chief has said when the road will reopen.").quotes().isEmpty());
        assertTrue(attribute("No official said the bridge was closed.").quotes().isEmpty());
        // a denial inside what somebody said is still their statement
        Quote q = single("Nobody told me the bridge was closed, Ann Lee said.");
        assertEquals("Nobody told me the bridge was closed", q.text());
        assertSpeaker(q, "Ann Lee", null, SpeakerKind.PERSON);
    }

    @Test
    void aHeadingWithADashIsNoSignedStatement() {
        // an award category names no speaker after its dash (here a region), a signed tweet does
        Attribution r = attribute("The nominees were announced on Monday.\n\n"
                + "Outstanding Lead Actor in a Limited Series \u2013 Europe\n\n"
                + "Jo Hale (The Long Road)\n\n"
                + "We are so proud of every single nominee tonight. \u2014 Northwind Pictures (@northwind) July 9, 2024");
        assertEquals(1, r.quotes().size(), r.quotes().toString());
        Quote q = quote(r, "We are so proud of every single nominee tonight.");
        assertEquals("Northwind Pictures", q.speaker().name());
    }

    @Test
    void aSentenceCutAtALowerCaseAbbreviationIsOneSentenceAgain() {
        Quote q = single("Ana Ruiz says she has dropped 9 lbs. since she started cycling to work in March.");
        assertEquals("she has dropped 9 lbs. since she started cycling to work in March", q.text());
        assertSpeaker(q, "Ana Ruiz", null, SpeakerKind.PERSON);
    }

    @Test
    void theAuthorsPlugInsideATranscriptsQuotationMarksIsNobodysQuote() {
        Attribution r = attribute("Mayor Ann Lee and Tom Hale debated on Tuesday. Partial transcript:\n\n"
                + "\"LEE: We will build the bridge next year, and we will build it on time.\n\n"
                + "\"HALE: And who will pay for it? Not the people of this town.\n\n"
                + "\"Follow Sam Dee on Twitter @samdee.\"");
        assertEquals(List.of("We will build the bridge next year, and we will build it on time.",
                "And who will pay for it? Not the people of this town."), r.quotes().stream().map(Quote::text).toList());
        assertSpeaker(r.quotes().get(1), "Tom Hale", null, SpeakerKind.PERSON);
    }

    @Test
    void aShortSentenceInDoubledApostrophesAfterTheCueContinuesTheQuote() {
        // the splitter hangs the opening '' on the cue's sentence, as if it closed it; the short
        // quotation still opens a sentence of its own, so it is no scare quote
        Attribution r = attribute("Mayor Ann Lee spoke at the opening. ''The library stays open all summer,'' Lee added. ''Bring the kids.''");
        assertEquals(2, r.quotes().size(), r.quotes().toString());
        Quote q = quote(r, "Bring the kids.");
        assertEquals(QuoteType.DIRECT, q.type());
        assertSpeaker(q, "Ann Lee", "Mayor", SpeakerKind.PERSON);
    }

    @Test
    void aSentenceCutBeforeAQuotationThatGoesOnInLowerCaseIsOneSentence() {
        // cut at "lbs." although the quotation goes on with "and"; joined, the parser makes the
        // quoted words the subject of "says", and quoted words are never who speaks
        Attribution r = attribute("Ann Lee, who shed 20 lbs. \u201Cand three dress sizes\u201D over the winter, says the class gave her a new start.");
        assertEquals(2, r.quotes().size(), r.quotes().toString());
        Quote q = quote(r, "the class gave her a new start");
        assertEquals("says", q.cue());
        assertSpeaker(q, "Ann Lee", null, SpeakerKind.PERSON);
        assertEquals("Ann Lee", quote(r, "and three dress sizes").speaker().name());
    }

    @Test
    void anOfficeTheArticleCallsSomebodysRoleIsTheirRole() {
        // in a sentence with a speech verb, where the narration's own role rules do not look
        Attribution r = attribute("Ann Lee, who was elected in May, said her role as chair of the Harbour Rowing Club takes most of her week.\n\n"
                + "\u201CThis has been a long time coming,\u201D Lee said.\n\n"
                + "Tom Hale said his role as head of the regional rowing board ends in May. \u201CI will miss it,\u201D Hale said.");
        assertSpeaker(quote(r, "This has been a long time coming"), "Ann Lee", "chair of the Harbour Rowing Club", SpeakerKind.PERSON);
        assertSpeaker(quote(r, "I will miss it"), "Tom Hale", "head of the regional rowing board", SpeakerKind.PERSON);
    }

    @Test
    void aNumberThatEndsAnOrganisationsNameKeepsTheName() {
        // the parser makes "615" the subject of "said"; the name it ends is the source
        Quote q = single("A flyer handed out by Teamsters Local 615 early Sunday said the strike vote would go ahead.");
        assertEquals("the strike vote would go ahead", q.text());
        assertSpeaker(q, "Teamsters Local 615", null, SpeakerKind.ORGANIZATION);
        // the number hung elsewhere, and a time between the comma and the verb, which is no source
        assertSpeaker(single("Teamsters Local 615 late Sunday said the vote would go ahead."),
                "Teamsters Local 615", null, SpeakerKind.ORGANIZATION);
        assertSpeaker(single("The union, Teamsters Local 615, late Sunday said the vote would go ahead."),
                "Teamsters Local 615", null, SpeakerKind.ORGANIZATION);
    }

    @Test
    void aSurnameTheTaggerReadsAsAnotherWordStillCompletesTheName() {
        // "Oh" is tagged as an interjection and left out of "Maria Oh"; after a title it is her
        Quote q = single("Co-hosts Ben Lutz and Maria Oh opened the gala.\n\n"
                + "Canadian chef Oh said the pairing of her and Lutz came about by chance.");
        assertEquals("the pairing of her and Lutz came about by chance", q.text());
        assertSpeaker(q, "Maria Oh", "Canadian chef", SpeakerKind.PERSON);
    }

    @Test
    void aClauseOfTimeOrAReducedPassiveIsNoStatement() {
        // a fronted "right after ..." clause sets the scene for "posted" and its object
        assertTrue(attribute("Right after the new bus routes began in June, riders posted angry reviews on the city's site.")
                .quotes().isEmpty());
        // "if confirmed" is no speech act of the recall
        assertTrue(attribute("The recall, if confirmed, would cost the carmaker billions of dollars.").quotes().isEmpty());
        // "says a lot about": its object is no report, and a clause "as ..." after it is not the content
        assertTrue(attribute("Her choice of venue says a lot about her plans as the campaign enters its final week.").quotes().isEmpty());
        // an "as" clause with a topic of its own points back at nothing
        assertTrue(attribute("Teachers argue for smaller classes, as parents might argue for longer school days.").quotes().isEmpty());
    }

    @Test
    void aParticipleTheParserHungOnItsOwnClauseSpeaksForTheClauseBefore() {
        // the parser makes "saying" the subject or marker of the clause it opens
        Quote q = single("Rival candidate Jo Marsh had mocked the objection, saying whoever objects to a lectern \u201Cis not ready for office.\u201D");
        assertEquals("whoever objects to a lectern \u201Cis not ready for office.\u201D", q.text());
        assertEquals(QuoteType.MIXED, q.type());
        assertEquals("saying", q.cue());
        assertSpeaker(q, "Jo Marsh", "Rival candidate", SpeakerKind.PERSON);
    }

    @Test
    void continuedIntroducesAQuotationOnlyRightBeforeIt() {
        Attribution r = attribute("Nurse Ann Ray spoke first. She continued, \u201CWe have waited six years for an answer, and we will"
                + " keep waiting.\u201D\n\nPrices continued, as expected, to rise in the spring.");
        assertEquals(1, r.quotes().size(), r.quotes().toString());
        Quote q = quote(r, "We have waited six years for an answer, and we will keep waiting.");
        assertEquals("continued", q.cue());
        assertSpeaker(q, "Ann Ray", "Nurse", SpeakerKind.PERSON);
    }

    @Test
    void aCrowdChantsWhatItSays() {
        Quote q = single("The strikers chanted \"No contract, no work!\" outside the plant gates.");
        assertEquals("No contract, no work!", q.text());
        assertEquals("chanted", q.cue());
        assertSpeaker(q, "The strikers", "strikers", SpeakerKind.UNNAMED);
    }

    @Test
    void aClauseBetweenDashesDoesNotGovernTheParticipleAfterIt() {
        Quote q = single("Parents picketed the school board for a second night, walking around City Hall - where the council"
                + " met behind closed doors - while chanting, \"Let our kids learn.\"");
        assertEquals("Let our kids learn.", q.text());
        assertEquals("chanting", q.cue());
        assertEquals("Parents", q.speaker().name());
        // a hyphen inside a word sets nothing apart ("red-and-white")
        assertEquals("Fans", single("Fans circled the arena in red-and-white jerseys while chanting, \"We want a goal.\"")
                .speaker().name());
    }

    @Test
    void anAgeMakesATitleWithAnOfPhraseADescriptionOfWhoWasJustNamed() {
        // "the 41-year-old owner of ..." is no office: it tells of Dana Pike, named in the sentence before;
        // the closing mark is two curly apostrophes
        Attribution r = attribute("Meet Dana Pike, who grew up on a farm in Ohio. \u201CWe only buy from growers within 50"
                + " miles,\u2019\u2019 says the 41-year-old owner of Green Root Grocers.");
        Quote q = quote(r, "We only buy from growers within 50 miles");
        assertEquals("says", q.cue());
        assertSpeaker(q, "Dana Pike", "owner of Green Root Grocers", SpeakerKind.PERSON);
        // an age alone, split by the tokenizer at its hyphens, is the person too, and no role
        Quote age = single("Ann Lee moved here in May. \u201CIt is quiet,\u201D says the 32-year-old.");
        assertEquals("the 32-year-old", age.speaker().mention());
        assertSpeaker(age, "Ann Lee", null, SpeakerKind.PERSON);
    }

    @Test
    void wordsAfterTheObjectAreNoLostClauseWhenTheyCannotBeOne() {
        // a passive speech verb in a clause of time names what was said, never who said it
        assertTrue(attribute("Parents were so angry when the school closure was announced they filled the gym that night.")
                .quotes().isEmpty());
        // "said something to ...": the object stands for what was said without saying it
        assertTrue(attribute("Ray must have said something to win them over, because the buyer signed the deal that evening.")
                .quotes().isEmpty());
        // a participle after the object and a comma tells what the promise was for
        assertTrue(attribute("The premier promised a sharp increase in school funding for the next five years, aimed at"
                + " hiring more teachers.").quotes().isEmpty());
        // the parser's lost complement is still found after an object-less verb
        Quote q = single("Officials said the bridge, built in 1990, was unsafe.");
        assertEquals("the bridge, built in 1990, was unsafe", q.text());
        assertEquals("Officials", q.speaker().name());
    }

    @Test
    void aGerundTheParserMadeASubjectSpeaksForNobody() {
        // the parser makes "refusing" a subject; the participle "indicating" is Reed's
        Quote q = single("Tom Reed spoke in May. Asked about the contract, Reed pointed to legal advice for refusing to"
                + " comment while indicating the talks were over.");
        assertEquals("the talks were over", q.text());
        assertEquals("Tom Reed", q.speaker().name());
        // "Having said that, ...": the planners argue
        Quote argue = single("Having said that, some planners argue that rents should be frozen.");
        assertEquals("rents should be frozen", argue.text());
        assertEquals("some planners", argue.speaker().name());
    }

    @Test
    void whatSomethingIsCalledCanOpenWithOneOfOrASuperlative() {
        Quote q = single("The Rideau Institute called the new arena one of the costliest mistakes of the decade.");
        assertEquals("the new arena one of the costliest mistakes of the decade", q.text());
        assertEquals("called", q.cue());
        assertSpeaker(q, "Rideau Institute", null, SpeakerKind.ORGANIZATION);
        assertEquals("the plan the worst idea in a decade", single("Critics called the plan the worst idea in a decade.").text());
        // a time is still no name: "called the police a second time"
        assertTrue(attribute("She called the police a second time.").quotes().isEmpty());
    }

    @Test
    void theOneQuotedAsSayingSpokeAndAWarningCanComeAfterATime() {
        Quote warning = single("Police warned drivers Monday not to use the old bridge.");
        assertEquals("not to use the old bridge", warning.text());
        assertEquals("warned", warning.cue());
        assertEquals("Police", warning.speaker().name());
        Quote quoted = single("Ann Roe is the fire chief. She was quoted as saying by local radio that crews had been stretched thin.");
        assertEquals("that crews had been stretched thin", quoted.text());
        assertEquals("saying", quoted.cue());
        assertSpeaker(quoted, "Ann Roe", "fire chief", SpeakerKind.PERSON);
    }

    @Test
    void aReportInARelativeClauseCanHaveAnAdverbialBeforeItsPredicate() {
        Quote q = single("Schools hoped parents would give more time, which the board said in a 2020 report would"
                + " \u201Cmore than double the hours of tutoring.\u201D");
        assertEquals("would \u201Cmore than double the hours of tutoring.\u201D", q.text());
        assertEquals(QuoteType.MIXED, q.type());
        assertEquals("the board", q.speaker().name());
    }

    @Test
    void theyAfterASemicolonIsTheSubjectOfTheStatementBefore() {
        Quote q = single("The Greens believe the tax is unfair; they say their survey shows farmers pay the most.");
        assertEquals("their survey shows farmers pay the most", q.text());
        assertEquals("they", q.speaker().mention());
        assertEquals("The Greens", q.speaker().name());
    }

    @Test
    void toLamentIsToSay() {
        Quote q = single("Ann Roe spoke in May. She lamented that the old mill had been torn down.");
        assertEquals("the old mill had been torn down", q.text());
        assertEquals("lamented", q.cue());
        assertSpeaker(q, "Ann Roe", null, SpeakerKind.PERSON);
    }

    @Test
    void accordingToASourceWithAClauseOfItsOwnEndsTheStatement() {
        Quote survey = single("Rents rose 12 percent in the north end, according to a Tribune survey published on Friday.");
        assertEquals("Rents rose 12 percent in the north end", survey.text());
        assertEquals("according to", survey.cue());
        assertEquals("Tribune", survey.speaker().name());
        // an analysis speaks for whoever wrote it
        Quote analysis = single("Bus fares will double by 2030, according to an analysis by Jo Marsh, a transit planner at the university.");
        assertEquals("Bus fares will double by 2030", analysis.text());
        assertSpeaker(analysis, "Jo Marsh", "transit planner at the university", SpeakerKind.PERSON);
    }

    @Test
    void sheLongAfterHerNameIsTheStorysMainFigure() {
        String text = "Mary Cole lost her farm to a flood in 2015. Cole still keeps the old tractor in the barn.\n\n"
                + "\u201CI think about that night every day,\u201D Cole said.\n\n"
                + "Dr. Ann Li, a researcher, said floods are getting worse in every county.\n\n"
                + "Engineers in the province say the dikes are too low. Sam Hill runs a survey firm in Truro.\n\n"
                + "\u201CWe measure three new breaches a year,\u201D Hill said.\n\n"
                + "Hill said the province needs more staff.\n\n"
                + "Hill added that repair times have doubled.\n\n"
                + "The province plans to raise two more dikes next year.\n\n"
                + "\u201CThat is why I went to court,\u201D she says.";
        Quote q = quote(attribute(text), "That is why I went to court");
        assertEquals("she", q.speaker().mention());
        assertEquals("Mary Cole", q.speaker().name());
        // with a second woman named as often, "she" stays unresolved rather than guessed
        String even = text.replace("Dr. Ann Li, a researcher, said floods are getting worse in every county.",
                "Dr. Ann Li, a researcher, said floods are getting worse. Li said more data is coming. Li said it soon.");
        assertNull(quote(attribute(even), "That is why I went to court").speaker());
    }

    @Test
    void aReportAfterACommaIsNoContentOfTheClauseBefore() {
        // the parser lets "he wrote in his newsletter" run on into the main clause "Mr. Reed said ..."
        Quote q = single("Tom Reed is a planner. In a column he wrote in his newsletter, Mr. Reed said that the bridge should be rebuilt.");
        assertEquals("the bridge should be rebuilt", q.text());
        assertEquals("said", q.cue());
        // a clause of time after a heading in capitals ends before the main clause, however it was parsed
        Quote after = single("Tom Reed is a planner. THE BRIDGE Back when he wrote that column, Mr. Reed said that the bridge"
                + " should be rebuilt.");
        assertEquals("the bridge should be rebuilt", after.text());
        assertEquals("Tom Reed", after.speaker().name());
    }

    @Test
    void aVerbHungOnTheSubjectsRelativeClauseStillHasThatSubject() {
        // the parser hangs "wrote" on "whose name was withheld"
        Quote q = single("\"This is a disgrace and an insult to every nurse,\" a reader, whose name was withheld, wrote in a"
                + " letter to the editor.");
        assertEquals("This is a disgrace and an insult to every nurse", q.text());
        assertEquals("wrote", q.cue());
        assertSpeaker(q, "a reader", "reader", SpeakerKind.UNNAMED);
    }

    @Test
    void whatSomeonesAdviceIsSpelledOutAfterAColonIsTheirs() {
        Attribution r = attribute("Ann Cole runs the shelter. Her advice is short: adopt, don't buy.\n\n"
                + "\"Every dog here deserves a home. Some have waited a year.\"");
        Quote advice = quote(r, "adopt, don't buy");
        assertEquals(QuoteType.INDIRECT, advice.type());
        assertEquals("advice", advice.cue());
        assertSpeaker(advice, "Ann Cole", null, SpeakerKind.PERSON);
        // the quoted paragraph after it goes on in her voice
        assertEquals("her", quote(r, "Every dog here deserves a home. Some have waited a year.").speaker().mention().toLowerCase());
        Quote argument = single("Tom Lee spoke next. Lee's argument: start saving early and never borrow for a car.");
        assertEquals("start saving early and never borrow for a car", argument.text());
        assertEquals("Tom Lee", argument.speaker().name());
        // a thing's measure is no statement
        assertTrue(attribute("The tower's height: 300 metres.").quotes().isEmpty());
    }

    @Test
    void wordsQuotedInWhatTheSentenceTellsOfItsSpeakerAreTheSpeakers() {
        Attribution r = attribute("Erin Kim runs the choir. The choir gives people \u201Ca reason to get out of the house,\u201D Kim"
                + " says. Retired teacher Dan Pope, who joined \u201Cto meet people on Tuesday nights\u201D last fall, says the"
                + " choir changed his life.");
        Quote q = quote(r, "to meet people on Tuesday nights");
        assertEquals(QuoteType.DIRECT, q.type());
        assertEquals("Dan Pope", q.speaker().name());
        // a quoted name there is nobody's words
        assertEquals(List.of("the choir changed his life"), attribute("Dan Pope, who joined \u201CSing Out\u201D in May,"
                + " says the choir changed his life.").quotes().stream().map(Quote::text).toList());
    }

    @Test
    void aPastOfficeDescribesTheOnePersonNamedSoFar() {
        Quote q = single("HALIFAX \u2014 Rita Moss, who ran the port authority for a decade, wants to enter politics.\n\n"
                + "The former head of the harbour board said Monday she will run for mayor.");
        assertEquals("she will run for mayor", q.text());
        assertEquals("Rita Moss", q.speaker().name());
        assertEquals("The former head of the harbour board", q.speaker().mention());
    }

    @Test
    void aNameAfterAndBeforeAVerbTheParserHungElsewhereIsItsSubject() {
        Quote q = single("Nurse Lisa Park is retiring. Her colleagues threw her a party and asked her about her plans and"
                + " Park suggested she might travel to Peru in the fall.");
        assertEquals("she might travel to Peru in the fall", q.text());
        assertEquals("suggested", q.cue());
        assertSpeaker(q, "Lisa Park", "Nurse", SpeakerKind.PERSON);
    }

    @Test
    void aTieToSomebodyTheArticleNamesIsARole() {
        assertSpeaker(single("Paul Roy, father of Nina Roy, says the school ignored the bullying."),
                "Paul Roy", "father of Nina Roy", SpeakerKind.PERSON);
        // the subject of "her daughter Mia Webb" is her mother
        Quote q = single("Ella Stone still drives the truck her daughter Mia Webb bought in 2019.\n\n"
                + "\"I think of her every time I start it,\" Stone said.");
        assertSpeaker(q, "Ella Stone", "mother of Mia Webb", SpeakerKind.PERSON);
        // a tie to nobody named is still no role
        assertSpeaker(single("Ann Roy, mother of two, said the school was closed."), "Ann Roy", null, SpeakerKind.PERSON);
    }

    @Test
    void aVerbOfBlameWithNoClauseStillCharacterisesWithQuotedWords() {
        Quote q = single("At the rally, Senator Joan Hale criticized the governor for being \u201Casleep at the wheel.\u201D");
        assertEquals(QuoteType.MIXED, q.type());
        assertEquals("the governor for being \u201Casleep at the wheel.\u201D", q.text());
        assertEquals("criticized", q.cue());
        assertSpeaker(q, "Joan Hale", "Senator", SpeakerKind.PERSON);
    }

    @Test
    void whyASourceGoesUnnamedIsNoPartOfTheDescription() {
        Attribution r = attribute("The plant will close in June, according to two managers familiar with the plan but"
                + " unauthorized to discuss it.\n\nThe deal is close, said a senior diplomat speaking on condition of anonymity.");
        Quote plant = quote(r, "The plant will close in June");
        assertSpeaker(plant, "two managers familiar with the plan", "managers", SpeakerKind.UNNAMED);
        assertSpeaker(quote(r, "The deal is close"), "a senior diplomat", "senior diplomat", SpeakerKind.UNNAMED);
    }

    @Test
    void anAgedDescriptionLooksPastAKnownPersonNamedAgainInPassing() {
        Quote q = single("Diego Lopez opened a cafe in Montreal in 2010.\n\nMeet Rosa Mendez, who like Lopez came to Quebec"
                + " from Peru. \u201CEvery bean here is roasted in town,\u201D says the 45-year-old owner of Andes Beans.");
        assertEquals("Every bean here is roasted in town", q.text());
        assertSpeaker(q, "Rosa Mendez", "owner of Andes Beans", SpeakerKind.PERSON);
        assertEquals("the 45-year-old owner of Andes Beans", q.speaker().mention());
    }

    @Test
    void aPersonNamedToCompareWithIsNoAntecedent() {
        Attribution r = attribute("Tom Reyes got a job at a mill within a month, and he said it changed everything for"
                + " his family.\n\nIn Moncton, Omar Haddad, 47, is still looking.\n\nHe grew up in the town of Kingsley and"
                + " trained as a pharmacist.\n\nUnlike Reyes, he is still waiting for his licence to be recognised.\n\n"
                + "\"I check the mail every day,\" he said.");
        assertEquals("Omar Haddad", quote(r, "I check the mail every day").speaker().name());
        assertEquals("Tom Reyes", quote(r, "it changed everything for his family").speaker().name());
    }

    @Test
    void aQuoteBeforeAClauseOfItsOwnKeepsItsSpeaker() {
        Attribution r = attribute("\u201CEnrolment doubled this year,\u201D says program director Ana Ruiz. \u201CNext year will"
                + " decide whether the donors stay.\u201D Although a few board members say the program costs too much, Ruiz"
                + " says the results speak for themselves.");
        Quote second = quote(r, "Next year will decide whether the donors stay.");
        assertNull(second.cue());
        assertSpeaker(second, "Ana Ruiz", "program director", SpeakerKind.PERSON);
        assertEquals("a few board members", quote(r, "the program costs too much").speaker().name());
    }

    @Test
    void theSubjectOfAConcessiveClauseIsNotWhomTheSentenceIsAbout() {
        Quote q = single("While Lena Ford had volunteers writing letters for her in the spring, the campaign has gone quiet"
                + " for Mark Hill, which worries Susan Price, who chairs the county party.\n\n"
                + "\u201CNobody is knocking on doors for Mark,\u201D she said.");
        assertEquals("Nobody is knocking on doors for Mark", q.text());
        assertEquals("Susan Price", q.speaker().name());
    }

    @Test
    void aPlaceTheTaggerTookForAPersonIsNoAntecedent() {
        Quote q = single("Omar Haddad, 47, arrived in Halifax in 2016.\n\nHe left his hometown of Kingsley with two"
                + " suitcases.\n\nThe first winter was hard.\n\n\"I check the mail every day,\" he said.");
        assertEquals("Omar Haddad", q.speaker().name());
    }

    @Test
    void anAccordingToSourceTheParserLostIsReadFromTheTokens() {
        Attribution r = attribute("Dealers are nervous. In Ontario, electric cars will make up just 4 per cent of new sales next"
                + " year, according to media buying agency Spotline. Prices rose sharply in the fall, the agency wrote in"
                + " its outlook.");
        Quote q = quote(r, "In Ontario, electric cars will make up just 4 per cent of new sales next year");
        assertEquals("according to", q.cue());
        assertSpeaker(q, "Spotline", null, SpeakerKind.ORGANIZATION);
        assertEquals("Spotline", quote(r, "Prices rose sharply in the fall").speaker().name());
    }

    @Test
    void aClauseOfTimeOrConcessionAfterACommaReportsNothingBeforeIt() {
        for (String text : List.of("Shares of the airline fell sharply on Tuesday, after the chief executive denied the merger report.",
                "Ticket sales doubled in the spring, before the league rejected the new schedule.",
                "The players kept training through the winter, although the union rejected the offer.")) {
            assertEquals(List.of(), attribute(text).quotes(), text);
        }
        // a fronted statement still is one
        Quote q = single("Ticket sales doubled in the spring, the league said.");
        assertEquals("Ticket sales doubled in the spring", q.text());
    }

    @Test
    void theOfficialsAreTheUnnamedGroupThatSpokeBefore() {
        Attribution r = attribute("The deal is close, according to two agency officials. The officials said the talks"
                + " would resume on Monday.");
        Quote q = quote(r, "the talks would resume on Monday");
        assertSpeaker(q, "two agency officials", "agency officials", SpeakerKind.UNNAMED);
        assertEquals("The officials", q.speaker().mention());
        // a group named only by its noun stays as the text words it
        assertSpeaker(single("The officials said the talks would resume on Monday."), "The officials", "officials",
                SpeakerKind.UNNAMED);
    }

    @Test
    void ofAndForJoinTitlesNotTheWordsBeforeThem() {
        assertSpeaker(single("The budget brought no relief for Mayor Ann Lowe. \u201CWe will not pay for it,\u201D Lowe said."),
                "Ann Lowe", "Mayor", SpeakerKind.PERSON);
        assertSpeaker(single("\u201CWe will not pay for it,\u201D said Secretary of State Ann Lowe."),
                "Ann Lowe", "Secretary of State", SpeakerKind.PERSON);
    }

    @Test
    void coordinatedTitlesBeforeANameDescribeThatPerson() {
        assertSpeaker(single("Painter and sculptor Ann Lowe said the gallery would close."), "Ann Lowe",
                "Painter and sculptor", SpeakerKind.PERSON);
        assertSpeaker(single("The gallery will close, said painter and sculptor Ann Lowe."), "Ann Lowe",
                "painter and sculptor", SpeakerKind.PERSON);
    }

    @Test
    void aPronounWithNobodyNamedNearbyIsWhoeverSpokeLast() {
        Attribution r = attribute("Ana Ruiz filmed the arrest on her phone.\n\n\"Let him breathe,\" she says.\n\n"
                + "The officers do not answer.\n\n\"Is anyone calling a doctor?\" she yells.\n\nTwo officers kneel over a man.\n\n"
                + "A crowd gathers at the corner.\n\n\"Please stay with us,\" she said.");
        Quote q = quote(r, "Please stay with us");
        assertEquals("Ana Ruiz", q.speaker().name());
        assertEquals("she", q.speaker().mention());
        assertTrue(q.confidence() < 0.9, "a guess, not a resolution: " + q.confidence());
    }

    @Test
    void aParticipleIntroducingAQuotationSpeaksForTheSentencesSubject() {
        Quote q = single("Dan Moore avoided the subject at the meeting, and when cornered after the session, declaring,"
                + " \u201CWe got what we wanted.\u201D");
        assertEquals("We got what we wanted.", q.text());
        assertEquals("declaring", q.cue());
        assertEquals("Dan Moore", q.speaker().name());
    }

    @Test
    void aQuotationAfterAsWithTheObjectGappedIsTheSpeakersWords() {
        Quote q = single("The council rejected a proposal that Mayor Ann Lowe had described as \u201Ca blank cheque for"
                + " builders.\u201D");
        assertEquals(QuoteType.DIRECT, q.type());
        assertEquals("a blank cheque for builders.", q.text());
        assertSpeaker(q, "Ann Lowe", "Mayor", SpeakerKind.PERSON);
        // a passive names nobody
        assertEquals(List.of(), attribute("The proposal was described as \u201Ca blank cheque for builders.\u201D").quotes());
    }

    @Test
    void aSpeechNounWithAPossessorReportsTheOwnersWords() {
        Quote claim = single("Inspectors checked Ann Lowe\u2019s claim that the boiler had been \u201Cfully repaired\u201D in March.");
        assertEquals(QuoteType.MIXED, claim.type());
        assertEquals("the boiler had been \u201Cfully repaired\u201D in March", claim.text());
        assertEquals("claim", claim.cue());
        assertEquals("Ann Lowe", claim.speaker().name());
        // the remark is Stone's, whatever the parser makes of "replied to"
        Quote remark = single("Ann Lowe replied to Bill Stone\u2019s remark that the new buses were \u201Ca waste of money.\u201D");
        assertEquals("the new buses were \u201Ca waste of money.\u201D", remark.text());
        assertEquals("Bill Stone", remark.speaker().name());
        // nobody's claim, and a relative clause, report nothing
        assertEquals(List.of(), attribute("The claim that the river would flood by the weekend spread online.").quotes());
        assertEquals(List.of(), attribute("Ann Lowe\u2019s claim that was rejected by the court is back.").quotes());
    }

    @Test
    void aGerundAfterAPrepositionSpeaksForTheClausesSubjectOrTheObjectBlamed() {
        Quote suspended = single("The coach was suspended after saying that the referees had been paid.");
        assertEquals("the referees had been paid", suspended.text());
        assertEquals("The coach", suspended.speaker().name());
        Quote blamed = single("Ann Lowe criticized Bill Stone for saying that the budget was balanced.");
        assertEquals("the budget was balanced", blamed.text());
        assertEquals("Bill Stone", blamed.speaker().name());
    }

    @Test
    void aTitleTaggedAsAVerbBeforeANameStaysATitle() {
        Quote q = single("On Friday, Ann Lowe told co-host Bill Stone the show would end in May.");
        assertEquals("the show would end in May", q.text());
        assertEquals("Ann Lowe", q.speaker().name());
    }

    @Test
    void aClauseAfterButIsNoContentTheParserLost() {
        Attribution r = attribute("Ann Lowe is promising cheaper fares and \u201Cmore trains,\u201D but she has also raised"
                + " parking fees.");
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().contains("parking fees")), r.quotes().toString());
    }

    @Test
    void aQuotationInWhatTheSpeakerVowsToDoIsAMixedQuote() {
        Quote q = single("Ann Lowe also pledged to protect \u201Cevery family that rents a home.\u201D");
        assertEquals(QuoteType.MIXED, q.type());
        assertEquals("to protect \u201Cevery family that rents a home.\u201D", q.text());
        assertEquals("Ann Lowe", q.speaker().name());
        // unquoted, a plan is no quote
        assertEquals(List.of(), attribute("The senator vowed to cut taxes for families.").quotes());
    }

    @Test
    void whatSomeoneIsCalledEndsBeforeAClauseOfTime() {
        Quote q = single("Ann Lowe called the mayor a \u201Ccoward\u201D after he skipped the hearing.");
        assertEquals("the mayor a \u201Ccoward\u201D", q.text());
        assertEquals("Ann Lowe", q.speaker().name());
    }

    @Test
    void aStatementCallingSomethingSpeaksForItsIssuer() {
        Quote q = single("The board issued a statement calling the deal \"a betrayal of every tenant.\"");
        assertEquals(QuoteType.MIXED, q.type());
        assertEquals("the deal \"a betrayal of every tenant.\"", q.text());
        assertEquals("The board", q.speaker().name());
    }

    @Test
    void aPastTenseTaggedAsParticipleAfterAnAppositiveStillCharacterises() {
        Quote q = single("Bill Stone, a retired judge, compared the council to \u201Ca jury that never sits.\u201D");
        assertEquals("the council to \u201Ca jury that never sits.\u201D", q.text());
        assertSpeaker(q, "Bill Stone", "retired judge", SpeakerKind.PERSON);
        // a real participle names nobody's words
        assertEquals(List.of(), attribute("A folder labeled \u201Curgent\u201D sat on the desk.").quotes());
    }

    @Test
    void pointOutIsASpeechVerbOnlyWithItsParticle() {
        Quote q = single("Ann Lowe pointed out that the bridge had been closed twice.");
        assertEquals("the bridge had been closed twice", q.text());
        assertEquals("pointed out", q.cue());
        assertEquals(List.of(), attribute("Ann Lowe pointed to the data.").quotes());
    }

    @Test
    void putItIntroducesAQuotationOnlyAsTheIdiom() {
        Quote asPut = quote(attribute("Few families wanted to leave. As Ann Baker, who runs the food bank, put it last week, "
                + "\u201CWho plans a move in the middle of winter?\u201D"), "Who plans a move in the middle of winter?");
        assertEquals(QuoteType.DIRECT, asPut.type());
        assertEquals("put it", asPut.cue());
        assertEquals("Ann Baker", asPut.speaker().name());
        Quote blunt = single("Tom Baker put it plainly: \"If the clinic closes, the whole valley waits longer.\"");
        assertEquals("put it", blunt.cue());
        assertTrue(blunt.confidence() >= 0.9, "an idiom of speech is a sure attribution");
        // the verb with that object and no quotation to introduce says nothing
        Quote said = single("Tom Baker put it on the shelf. \u201CNobody reads these forms,\u201D he said.");
        assertEquals("said", said.cue());
    }

    @Test
    void aQuotationAfterAnAsClauseIsWhatItsSpeakerCalledIt() {
        Attribution named = attribute("The two stadiums are, as the league\u2019s own auditors called them, \u201Cmoney pits "
                + "with seats.\u201D");
        assertEquals(1, named.quotes().size(), "what the sentence says before the clause is the narrator's");
        Quote q = named.quotes().get(0);
        assertEquals("money pits with seats.", q.text());
        assertEquals(QuoteType.DIRECT, q.type());
        assertEquals("called", q.cue());
        assertEquals("the league\u2019s own auditors", q.speaker().name());
        Attribution described = attribute("The feud is old; as Ann Baker described it, \u201Colder than the town itself.\u201D");
        assertEquals(List.of("older than the town itself."), described.quotes().stream().map(Quote::text).toList());
        assertEquals("Ann Baker", described.quotes().get(0).speaker().name());
    }

    @Test
    void aCharacterisationGoesOnIntoAQuotationOfSeveralSentences() {
        Attribution r = attribute("Ruth Cole spoke first. Later she praised the new mayor as \u201Ca careful listener, slow to "
                + "anger and quick to act. We waited a long time for that.\u201D");
        assertEquals(1, r.quotes().size(), r.quotes().toString());
        Quote q = r.quotes().get(0);
        assertEquals("the new mayor as \u201Ca careful listener, slow to anger and quick to act. We waited a long time "
                + "for that.\u201D", q.text());
        assertEquals(QuoteType.MIXED, q.type());
        assertEquals("Ruth Cole", q.speaker().name());
    }

    @Test
    void quotedWordsListedWithAndAreOneQuote() {
        Quote q = single("In the debate Reyes called Lee a \u201Cmenace,\u201D an \u201Cempty suit\u201D and a \u201Clandlord "
                + "who would sell the park for parking spaces.\u201D");
        assertEquals("\u201Cmenace,\u201D an \u201Cempty suit\u201D and a \u201Clandlord who would sell the park for parking "
                + "spaces.\u201D", q.text());
        assertEquals(QuoteType.MIXED, q.type());
        assertEquals("Reyes", q.speaker().name());
        // two quoted sentences joined by "and" are two speech acts
        assertEquals(List.of("Coach is really sick", "We need to find a donor"),
                attribute("\u201CCoach is really sick\u201D and \u201CWe need to find a donor,\u201D the players wrote.")
                        .quotes().stream().map(Quote::text).toList());
    }

    @Test
    void aSurnameWithACourtesyTitleOfTheOtherGenderIsNotTheRelativeNamedLater() {
        Attribution r = attribute("Governor Baker is rolling out a new message. Mr. Baker told voters on Sunday that the levy "
                + "would pass.\n\n\u201CWe will win this,\u201D Baker said.\n\nLater, Susan Baker, who has campaigned for her "
                + "husband, said the crowds were bigger than ever.");
        assertEquals("Baker", quote(r, "the levy would pass").speaker().name());
        assertEquals("Baker", quote(r, "We will win this").speaker().name());
        assertEquals("Susan Baker", quote(r, "the crowds were bigger than ever").speaker().name());
    }

    @Test
    void anUnclosedMarkOfTheOtherKindOpeningAParagraphIsNoQuote() {
        Attribution pasted = attribute("\u201CWe are ready,\u201D Ann Lee said.\n\n\"Tom was asleep on the couch when the bus "
                + "came.\n\n\u201CHere it comes,\u201D she said.");
        assertEquals(List.of("We are ready", "Here it comes"), pasted.quotes().stream().map(Quote::text).toList());
        // a quote running on over paragraphs reopens each with the same kind of mark
        Attribution runsOn = attribute("\u201CWe are ready,\u201D Ann Lee said.\n\n\u201CThe bus leaves at nine and we will "
                + "be on it.\n\n\u201CNobody stays behind.\u201D");
        assertEquals("Ann Lee", quote(runsOn, "The bus leaves at nine and we will be on it.").speaker().name());
    }

    @Test
    void aSecondThatClauseIsPartOfTheSameReport() {
        assertEquals("the plan was late, and that it was far over budget",
                single("Ann Lee said the plan was late, and that it was far over budget.").text());
    }

    @Test
    void exhortAsksForAnAct() {
        Quote q = quote(attribute("Ann Lowe exhorted voters to \"stay home and stay safe\" and said she was proud of them."),
                "stay home and stay safe");
        assertEquals("exhorted", q.cue());
        assertEquals("Ann Lowe", q.speaker().name());
    }

    @Test
    void itTakesUpADocumentThatSpokeBefore() {
        Attribution r = attribute("The audit was released on Monday. \u201CNobody checks the invoices,\u201D the audit says.\n\n"
                + "It also points out that two contracts were never signed.");
        Quote q = quote(r, "two contracts were never signed");
        assertEquals("the audit", q.speaker().name());
        assertEquals("It", q.speaker().mention());
    }

    @Test
    void aQuotationAppendedToAReportGoesOnWithIt() {
        Quote dash = single("Ann Lowe urged the club to honour its founder - \"the kindest man I knew.\"");
        assertEquals(QuoteType.MIXED, dash.type());
        assertEquals("to honour its founder - \"the kindest man I knew.\"", dash.text());
        Quote comma = single("Ann Lowe said some parents had \"real doubts\" about the plan, \"but not the teachers.\"");
        assertEquals(QuoteType.MIXED, comma.type());
        assertEquals("some parents had \"real doubts\" about the plan, \"but not the teachers.\"", comma.text());
        assertEquals("Ann Lowe", comma.speaker().name());
    }

    @Test
    void aVerbCoordinatedWithTheOneBeforeReportsNothingBeforeIt() {
        assertEquals(List.of(), attribute("The mayor has cut the budget twice this year, and praised the council for its"
                + " patience.").quotes());
    }

    @Test
    void aVerbInAClauseOfTimeAfterAQuotationReportsNothingBeforeIt() {
        Attribution r = attribute("The mayor opened the fair with a short speech, \u201CWelcome back, everyone,\u201D when"
                + " a heckler shouted at her.");
        assertTrue(r.quotes().stream().noneMatch(q -> "shouted".equals(q.cue())), r.quotes().toString());
    }

    @Test
    void aParticipleOnARecordingSpeaksForWhoeverItShows() {
        Quote q = single("The campaign video closes with a clip of Ann Lowe telling a town hall in May, \u201CI have never"
                + " lost a vote.\u201D");
        assertEquals("I have never lost a vote.", q.text());
        assertEquals("telling", q.cue());
        assertEquals("Ann Lowe", q.speaker().name());
    }

    @Test
    void aReportOpenedByWhenEndsWhereTheMainClausesSpeakerComesInAfterADash() {
        Attribution r = attribute("When Ann Lowe mentioned that the ferry had stopped \u2015 it does every winter \u2015 Bill"
                + " Stone replied, \u201CThe bridge will fix that.\u201D");
        assertEquals(List.of("the ferry had stopped \u2015 it does every winter", "The bridge will fix that."),
                r.quotes().stream().map(Quote::text).toList());
        assertEquals("Ann Lowe", r.quotes().get(0).speaker().name());
        assertEquals("Bill Stone", r.quotes().get(1).speaker().name());
    }

    @Test
    void aQuotationAfterWhomTheSpeakerToldAndACommaIsWhatWasSaid() {
        Quote q = single("Ann Lowe told the harbour crowd in June, \u201CThe boats will come back,\u201D as the band"
                + " played.");
        assertEquals(QuoteType.DIRECT, q.type());
        assertEquals("The boats will come back", q.text());
    }

    @Test
    void aRelativeClauseHungOnTheVerbPastAnAdverbialDescribesItsObject() {
        Quote q = single("The club nailed a notice to the door on Monday that says the pool will stay \u201Cclosed until"
                + " spring.\u201D");
        assertEquals("the pool will stay \u201Cclosed until spring.\u201D", q.text());
        assertEquals("a notice", q.speaker().name());
    }

    @Test
    void aParticipleOnANounPhraseNamingAPersonSpeaksForThatPerson() {
        Quote described = single("Officers closed the park on Sunday, with a lawyer for the residents describing the raid as"
                + " \"a needless show of force.\"");
        assertEquals("the raid as \"a needless show of force.\"", described.text());
        assertEquals("a lawyer for the residents", described.speaker().name());
        Quote quoted = single("The paper quoted a neighbour saying she heard shots.");
        assertEquals("she heard shots", quoted.text());
        assertEquals("a neighbour", quoted.speaker().name());
        // a subject whose participle phrase the parser runs on into the sentence's verb is left alone
        assertEquals(List.of(), attribute("A neighbour saying she heard shots called the police.").quotes());
    }

    @Test
    void inSomeonesWordsGivesWhoseWordsTheQuotationIs() {
        Quote q = quote(attribute("Ann Lowe kept the old car. It had, in her words, turned into \"a money pit.\""),
                "turned into \"a money pit.\"");
        assertEquals(QuoteType.MIXED, q.type());
        assertEquals("in her words", q.cue());
        assertEquals("Ann Lowe", q.speaker().name());
        Quote named = single("In Bill Stone\u2019s words, \u201Cthe harbour is dying.\u201D");
        assertEquals("the harbour is dying.", named.text());
        assertEquals("Bill Stone", named.speaker().name());
    }

    @Test
    void aSecondReportWhoseSubjectTheParserSplitStillEndsTheFirst() {
        Attribution r = attribute("Ann Lowe admitted that the repairs were late, and safety groups warned that the bridge was"
                + " unsafe.");
        assertEquals(List.of("the repairs were late", "the bridge was unsafe"),
                r.quotes().stream().map(Quote::text).toList());
        assertEquals("Ann Lowe", r.quotes().get(0).speaker().name());
    }

    @Test
    void theStatementOrInterviewTheWordsCameInIsNotPartOfThem() {
        assertEquals("to repair the roads", single("Ann Lowe urged the council to repair the roads in a statement on"
                + " Friday.").text());
        assertEquals("the plant would close", single("Ann Lowe said the plant would close in an interview with a radio"
                + " station.").text());
        // a definite document is what the words are about
        assertEquals("there were errors in the report", single("Ann Lowe said there were errors in the report.").text());
    }

    @Test
    void aPronounWithNobodyNamedIsTheDescribedSpeakerOfThatGenderWhoSpokeLast() {
        Attribution r = attribute("\u201CThe river is rising,\u201D a woman at the dock said.\n\nShe added that the boats had"
                + " been moved.");
        Quote q = quote(r, "the boats had been moved");
        assertEquals("a woman at the dock", q.speaker().name());
        assertEquals("She", q.speaker().mention());
        assertTrue(q.confidence() < 0.9, "a guess, not a resolution: " + q.confidence());
        // a description of the other gender is nobody "he" can stand for
        Attribution other = attribute("\u201CThe river is rising,\u201D a woman at the dock said.\n\nHe added that the boats"
                + " had been moved.");
        assertTrue(other.quotes().stream().noneMatch(x -> x.text().contains("boats")), other.quotes().toString());
    }

    @Test
    void aParticipleOnAThingInAClauseOfItsOwnIsNotTheSubjectsSpeech() {
        // the rule for a thing that cannot speak (CueFinderTest) leaves a noun in a clause of its own alone
        assertEquals(List.of(), attribute("The new photos follow a notice, on what was said to be the club page, saying"
                + " the match was off.").quotes());
    }
}
