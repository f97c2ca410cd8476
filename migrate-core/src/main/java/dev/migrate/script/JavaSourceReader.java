package dev.migrate.script;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.Problem;
import com.github.javaparser.TokenRange;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.migrate.graph.Revision;

import org.jspecify.annotations.Nullable;

/**
 * Reads the {@link dev.migrate.script.Revision @Revision} annotations of a Java source
 * file without compiling it, the way {@link JavaMigrationReader} reads class files.
 * Attribute values must be literals: a string (or strings joined with {@code +}), an
 * array of them, or a boolean.
 */
final class JavaSourceReader {

	private static final Class<dev.migrate.script.Revision> ANNOTATION = dev.migrate.script.Revision.class;

	/**
	 * The attributes of the annotation by name, for their types and defaults.
	 */
	private static final Map<String, Method> ATTRIBUTES = Arrays.stream(ANNOTATION.getDeclaredMethods())
		.collect(Collectors.toUnmodifiableMap(Method::getName, Function.identity()));

	private final JavaParser parser = new JavaParser(new ParserConfiguration().setLanguageLevel(LanguageLevel.CURRENT));

	/**
	 * Read the revisions a Java source file declares.
	 * @param file the source file
	 * @return the revisions of its {@code @Revision} classes, none for other sources
	 * @throws ScriptException if the file cannot be read or parsed, or an annotation is
	 * not valid
	 */
	List<Revision> read(Path file) {
		CompilationUnit unit = parse(file);
		if (!importsAnnotation(unit)) {
			return List.of();
		}
		List<Revision> revisions = new ArrayList<>();
		for (TypeDeclaration<?> type : unit.findAll(TypeDeclaration.class)) {
			for (AnnotationExpr annotation : type.getAnnotations()) {
				if (isRevision(annotation)) {
					revisions.add(revision(file, annotation));
				}
			}
		}
		return revisions;
	}

	private CompilationUnit parse(Path file) {
		ParseResult<CompilationUnit> result;
		try {
			result = this.parser.parse(Files.readString(file));
		}
		catch (IOException ex) {
			throw new ScriptException("Cannot read Java source " + file, ex);
		}
		Optional<CompilationUnit> unit = result.getResult();
		if (!result.isSuccessful() || unit.isEmpty()) {
			Problem problem = result.getProblems().get(0);
			int line = problem.getLocation().flatMap(TokenRange::toRange).map((range) -> range.begin.line).orElse(1);
			throw new ScriptException("Cannot parse Java source " + file + " line " + line + ": "
					+ summary(problem.getMessage()) + "; fix the source so that it compiles");
		}
		return unit.get();
	}

	/**
	 * The parser's message without the list of tokens it expected.
	 */
	private static String summary(String message) {
		String firstLine = message.lines().findFirst().orElse("");
		int expected = firstLine.indexOf(", expected one of");
		return (expected > 0) ? firstLine.substring(0, expected) : firstLine;
	}

	/**
	 * Whether {@code @Revision} in this source is migrate's: imported by name or with its
	 * package, or written with its full name.
	 */
	private static boolean importsAnnotation(CompilationUnit unit) {
		String packageName = ANNOTATION.getPackageName();
		for (ImportDeclaration declaration : unit.getImports()) {
			String name = declaration.getNameAsString();
			if (!declaration.isStatic()
					&& (declaration.isAsterisk() ? name.equals(packageName) : name.equals(ANNOTATION.getName()))) {
				return true;
			}
		}
		return unit
			.findFirst(AnnotationExpr.class, (annotation) -> annotation.getNameAsString().equals(ANNOTATION.getName()))
			.isPresent();
	}

	private static boolean isRevision(AnnotationExpr annotation) {
		String name = annotation.getNameAsString();
		return name.equals(ANNOTATION.getSimpleName()) || name.equals(ANNOTATION.getName());
	}

	private static Revision revision(Path file, AnnotationExpr annotation) {
		String where = where(file, annotation);
		Map<String, Object> attributes = new HashMap<>();
		ATTRIBUTES.forEach((name, method) -> {
			if (method.getDefaultValue() != null) {
				attributes.put(name, method.getDefaultValue());
			}
		});
		for (Map.Entry<String, Expression> pair : pairs(annotation, where).entrySet()) {
			Method attribute = ATTRIBUTES.get(pair.getKey());
			if (attribute == null) {
				throw new ScriptException("Unknown attribute '" + pair.getKey() + "' " + where + "; @Revision has "
						+ String.join(", ", ATTRIBUTES.keySet().stream().sorted().toList()));
			}
			attributes.put(pair.getKey(), value(pair.getValue(), attribute, where(file, pair.getValue())));
		}
		if (!attributes.containsKey("id")) {
			throw new ScriptException("No revision id " + where + "; every script needs a unique id");
		}
		return RevisionValues.annotated(attributes, where, file.toString());
	}

	private static Map<String, Expression> pairs(AnnotationExpr annotation, String where) {
		Map<String, Expression> pairs = new LinkedHashMap<>();
		if (annotation instanceof SingleMemberAnnotationExpr single) {
			pairs.put("value", single.getMemberValue());
		}
		else if (annotation instanceof NormalAnnotationExpr normal) {
			for (MemberValuePair pair : normal.getPairs()) {
				if (pairs.put(pair.getNameAsString(), pair.getValue()) != null) {
					throw new ScriptException(
							"Attribute '" + pair.getNameAsString() + "' is given twice " + where + "; give it once");
				}
			}
		}
		return pairs;
	}

	private static Object value(Expression expression, Method attribute, String where) {
		Class<?> type = attribute.getReturnType();
		String string = string(expression);
		if (type == String.class && string != null) {
			return string;
		}
		if (type == String[].class) {
			if (string != null) {
				return new String[] { string };
			}
			if (expression instanceof ArrayInitializerExpr array
					&& array.getValues().stream().allMatch((value) -> string(value) != null)) {
				return array.getValues().stream().map(JavaSourceReader::string).toArray(String[]::new);
			}
		}
		if (type == boolean.class && expression instanceof BooleanLiteralExpr bool) {
			return bool.getValue();
		}
		String expected = (type == boolean.class) ? "true or false"
				: (type == String.class) ? "a string literal" : "a string literal or an array of string literals";
		throw new ScriptException("Attribute '" + attribute.getName() + "' is '" + expression + "' " + where
				+ "; write " + expected + " there, or literals joined with + (constants and other expressions are "
				+ "not read from sources)");
	}

	/**
	 * The value of a string literal, or of string literals joined with {@code +} (as a
	 * long reason is wrapped), or {@code null} for any other expression.
	 */
	private static @Nullable String string(Expression expression) {
		if (expression instanceof StringLiteralExpr literal) {
			return literal.asString();
		}
		if (expression instanceof EnclosedExpr enclosed) {
			return string(enclosed.getInner());
		}
		if (expression instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
			String left = string(binary.getLeft());
			String right = string(binary.getRight());
			return (left != null && right != null) ? left + right : null;
		}
		return null;
	}

	private static String where(Path file, Node node) {
		return "in @Revision of " + file + " line " + node.getBegin().map((position) -> position.line).orElse(1);
	}

}
