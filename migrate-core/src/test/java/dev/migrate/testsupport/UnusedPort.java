package dev.migrate.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/**
 * A local TCP port that nothing listens on, for tests of unreachable servers.
 */
final class UnusedPort {

	private UnusedPort() {
	}

	static int find() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ServerSettings unreachable(DatabaseKind kind) {
		String scheme = (kind == DatabaseKind.POSTGRESQL) ? "postgresql" : "mariadb";
		String prefix = ServerSettings.environmentPrefix(kind);
		return ServerSettings.fromEnvironment(kind,
				Map.of(prefix + "URL", "jdbc:" + scheme + "://127.0.0.1:" + find() + "/"));
	}

}
