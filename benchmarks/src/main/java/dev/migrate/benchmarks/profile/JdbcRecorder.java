package dev.migrate.benchmarks.profile;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

/**
 * Wraps a {@link DataSource} so that every call that reaches the server (statements,
 * commits, rollbacks, opening a connection) is counted and timed on the client: the time
 * a call blocks is the server's time plus the round trip.
 */
public final class JdbcRecorder {

	private final Map<String, long[]> calls = new TreeMap<>();

	/**
	 * Wrap a data source.
	 * @param dataSource the data source
	 * @return one that records its calls here
	 */
	public DataSource wrap(DataSource dataSource) {
		return proxy(DataSource.class, dataSource, (target, method, arguments) -> {
			Object result = timed("connect", () -> invoke(target, method, arguments),
					method.getName().equals("getConnection"));
			return (result instanceof Connection connection) ? connection(connection) : result;
		});
	}

	/**
	 * The calls by kind: {@code [count, nanoseconds]}.
	 * @return the calls, by kind such as {@code INSERT INTO migrate_history} or
	 * {@code commit}
	 */
	public Map<String, long[]> calls() {
		return this.calls;
	}

	/**
	 * The number of calls that reached the server.
	 * @return the count
	 */
	public long count() {
		return this.calls.values().stream().mapToLong((value) -> value[0]).sum();
	}

	/**
	 * The time spent in calls that reached the server.
	 * @return nanoseconds
	 */
	public long nanos() {
		return this.calls.values().stream().mapToLong((value) -> value[1]).sum();
	}

	private Connection connection(Connection connection) {
		return proxy(Connection.class, connection, (target, method, arguments) -> {
			String name = method.getName();
			if (name.equals("commit") || name.equals("rollback")) {
				return timed(name, () -> invoke(target, method, arguments), true);
			}
			Object result = invoke(target, method, arguments);
			if (result instanceof PreparedStatement prepared) {
				return statement(PreparedStatement.class, prepared, kind((String) arguments[0]));
			}
			if (result instanceof Statement statement) {
				return statement(Statement.class, statement, null);
			}
			return result;
		});
	}

	private <S extends Statement> S statement(Class<S> type, S statement, String preparedKind) {
		List<String> batch = new ArrayList<>();
		return proxy(type, statement, (target, method, arguments) -> {
			boolean executes = method.getName().startsWith("execute");
			String kind = (preparedKind != null) ? preparedKind
					: (arguments != null && arguments.length > 0 && arguments[0] instanceof String sql) ? kind(sql)
							: "?";
			if (method.getName().equals("addBatch")) {
				batch.add(kind);
			}
			if (method.getName().equals("executeBatch")) {
				kind = "batch: " + String.join(" + ", batch);
				batch.clear();
			}
			return timed(kind, () -> invoke(target, method, arguments), executes);
		});
	}

	/**
	 * The first words of a statement, without names that differ per revision.
	 */
	static String kind(String sql) {
		String[] words = sql.trim().replaceAll("\\s+", " ").split(" ");
		String first = words[0].toUpperCase(Locale.ROOT);
		int length = (first.equals("INSERT") || first.equals("DELETE")) ? 3 : 2;
		StringBuilder kind = new StringBuilder(first);
		for (int i = 1; i < Math.min(length, words.length); i++) {
			String word = words[i].replaceFirst("\\(.*", "(…)");
			kind.append(' ').append(word.matches("(?i)bench_.*|ix_.*") ? "<name>" : word);
		}
		if (first.equals("SELECT") && sql.contains("FROM")) {
			String from = sql.substring(sql.indexOf("FROM")).split("\\s+")[1];
			kind.append(" … FROM ").append(from);
		}
		return kind.toString();
	}

	private Object timed(String kind, Call call, boolean record) throws Throwable {
		if (!record) {
			return call.run();
		}
		long start = System.nanoTime();
		try {
			return call.run();
		}
		finally {
			long[] value = this.calls.computeIfAbsent(kind, (key) -> new long[2]);
			value[0]++;
			value[1] += System.nanoTime() - start;
		}
	}

	private static Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
		try {
			return method.invoke(target, arguments);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, Handler handler) {
		InvocationHandler invocation = (proxy, method, arguments) -> handler.handle(target, method, arguments);
		return (T) Proxy.newProxyInstance(JdbcRecorder.class.getClassLoader(), new Class<?>[] { type }, invocation);
	}

	private interface Handler {

		Object handle(Object target, Method method, Object[] arguments) throws Throwable;

	}

	private interface Call {

		Object run() throws Throwable;

	}

}
