package dev.migrate.testsupport;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A data source that records every SQL statement run through a plain {@link Statement},
 * the SQL of every statement it prepares, and every connection it opens, to prove how
 * much work a run does.
 */
public final class StatementCountingDataSource extends DelegatingDataSource {

	private final List<String> statements = new CopyOnWriteArrayList<>();

	private final List<String> prepared = new CopyOnWriteArrayList<>();

	private final List<Thread> connectionOpeners = new CopyOnWriteArrayList<>();

	/**
	 * Count what goes through a data source.
	 * @param target the data source
	 */
	public StatementCountingDataSource(DataSource target) {
		super(target);
	}

	@Override
	public Connection getConnection() throws SQLException {
		Connection connection = super.getConnection();
		this.connectionOpeners.add(Thread.currentThread());
		return proxy(Connection.class, connection, (method, args) -> {
			if (method.getName().startsWith("prepare") && args != null && args.length > 0
					&& args[0] instanceof String sql) {
				this.prepared.add(sql);
			}
			Object result = method.invoke(connection, args);
			return (result instanceof Statement statement) ? recording(statement) : result;
		});
	}

	private Statement recording(Statement statement) {
		Class<? extends Statement> type = (statement instanceof CallableStatement) ? CallableStatement.class
				: (statement instanceof PreparedStatement) ? PreparedStatement.class : Statement.class;
		return proxy(type, statement, (method, args) -> {
			if (method.getName().startsWith("execute") && args != null && args.length > 0
					&& args[0] instanceof String sql) {
				this.statements.add(sql);
			}
			return method.invoke(statement, args);
		});
	}

	/**
	 * The SQL run through plain statements, in order.
	 * @return the statements
	 */
	public List<String> statements() {
		return List.copyOf(this.statements);
	}

	/**
	 * The SQL of the statements prepared, in order.
	 * @return the prepared statements' SQL
	 */
	public List<String> prepared() {
		return List.copyOf(this.prepared);
	}

	/**
	 * The number of connections opened, by any thread.
	 * @return the count
	 */
	public int connections() {
		return this.connectionOpeners.size();
	}

	/**
	 * The number of connections opened by one thread, leaving out those of helper threads
	 * such as the watch for blocked sessions.
	 * @param thread the thread
	 * @return the count
	 */
	public long connectionsOpenedBy(Thread thread) {
		return this.connectionOpeners.stream().filter(thread::equals).count();
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<? extends T> type, T target, Invocation invocation) {
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, method, args) -> {
			try {
				return invocation.invoke(method, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		});
	}

	@FunctionalInterface
	private interface Invocation {

		Object invoke(Method method, Object[] args) throws Exception;

	}

}
