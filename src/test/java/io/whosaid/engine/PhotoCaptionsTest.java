package io.whosaid.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PhotoCaptionsTest {

    private static Set<Integer> captions(String text) {
        return PhotoCaptions.in(text, Paragraphs.of(text));
    }

    @Test
    void aParagraphPlacingPeopleInThePictureIsACaption() {
        String text = "The bakery opened in May.\n\n"
                + "Ann Lee, left, and her sister Mia, second from right, at the counter on Friday.\n\n"
                + "Tom Roe (centre) cuts the ribbon.\n\n"
                + "Lee said the left lane was closed.";
        assertEquals(Set.of(1, 2), captions(text));
    }

    @Test
    void aGalleryLabelMarksACaption() {
        assertEquals(Set.of(1), captions("Sales fell.\n\nOpen this photo in gallery A shopper in Halifax.\n\nMore."));
    }

    @Test
    void directionsInTheStoryAreNoCaption() {
        // a direction after a comma that follows no name, and "right" as a noun
        assertEquals(Set.of(), captions("Turn at the church, left, then drive on.\n\nShe said it was her right, she said."));
    }

    @Test
    void aParagraphThePhotographerSignsIsACaption() {
        // the credit is masked into a paragraph break; the paragraph right before it is the caption
        String text = "Rain fell all week.\n\nTwo hikers on the ridge above the lake. (Jo Roe/CBC)\n\nThe trail reopened.";
        String masked = PhotoCredits.mask(text);
        assertEquals(Set.of(1), PhotoCaptions.in(masked, Paragraphs.of(masked), PhotoCredits.find(text)));
        assertEquals(Set.of(), PhotoCaptions.in(masked, Paragraphs.of(masked), List.of()));
    }
}
