package dev.migrate.script;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 checksums of scripts.
 */
public final class Sha256 {

	private Sha256() {
	}

	/**
	 * Return the SHA-256 of a text's UTF-8 bytes.
	 * @param text the text
	 * @return 64 lowercase hex characters
	 */
	public static String hex(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}

}
