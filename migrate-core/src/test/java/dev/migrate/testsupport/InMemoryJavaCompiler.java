package dev.migrate.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Compiles Java source held in a string against the test class path and loads the result,
 * for tests of generated or documented code.
 */
public final class InMemoryJavaCompiler {

	private InMemoryJavaCompiler() {
	}

	/**
	 * Compile one compilation unit and load one of its classes.
	 * @param className the binary name of the class to load, such as
	 * {@code db.migrations.AddEmail}
	 * @param source the source of the compilation unit
	 * @return the loaded class
	 * @throws AssertionError with the compiler's messages when the source does not
	 * compile
	 */
	public static Class<?> compile(String className, String source) {
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		Map<String, ByteArrayOutputStream> classes = new HashMap<>();
		JavaFileManager files = new ForwardingJavaFileManager<>(compiler.getStandardFileManager(null, null, null)) {

			@Override
			public JavaFileObject getJavaFileForOutput(Location location, String name, JavaFileObject.Kind kind,
					FileObject sibling) {
				return new SimpleJavaFileObject(URI.create("mem:///" + name + kind.extension), kind) {

					@Override
					public OutputStream openOutputStream() {
						return classes.computeIfAbsent(name, (key) -> new ByteArrayOutputStream());
					}

				};
			}

		};
		String simpleName = className.substring(className.lastIndexOf('.') + 1);
		JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + simpleName + ".java"),
				JavaFileObject.Kind.SOURCE) {

			@Override
			public CharSequence getCharContent(boolean ignoreEncodingErrors) {
				return source;
			}

		};
		StringWriter messages = new StringWriter();
		List<String> options = List.of("-classpath", System.getProperty("java.class.path"));
		if (!compiler.getTask(messages, files, null, options, null, List.of(file)).call()) {
			throw new AssertionError("Does not compile:\n" + messages + "\n" + source);
		}
		ClassLoader loader = new ClassLoader(InMemoryJavaCompiler.class.getClassLoader()) {

			@Override
			protected Class<?> findClass(String name) throws ClassNotFoundException {
				ByteArrayOutputStream bytes = classes.get(name);
				if (bytes == null) {
					throw new ClassNotFoundException(name);
				}
				return defineClass(name, bytes.toByteArray(), 0, bytes.size());
			}

		};
		try {
			return loader.loadClass(className);
		}
		catch (ClassNotFoundException ex) {
			throw new AssertionError("The source compiled but declares no class " + className, ex);
		}
	}

}
