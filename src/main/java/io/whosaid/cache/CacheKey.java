package io.whosaid.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The id of a result: SHA-256 over the engine version, the stance target and the text. The text is
 * hashed exactly as sent, not normalised, because the quotes' offsets index into that exact text;
 * the target is trimmed (it is a label, not offsets' ground).
 */
public final class CacheKey {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{64}");

    private CacheKey() {
    }

    public static String of(String engineVersion, String target, String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(engineVersion.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(normaliseTarget(target).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** The target as stored and compared: trimmed, null when absent or blank. */
    public static String normaliseTarget(String target) {
        return target == null || target.isBlank() ? "" : target.strip();
    }

    public static boolean isWellFormed(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
