package org.creditgov.spark;

import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.catalyst.FunctionIdentifier;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.ExpressionInfo;
import org.apache.spark.sql.catalyst.expressions.Literal;
import org.apache.spark.sql.catalyst.expressions.objects.StaticInvoke;
import org.apache.spark.sql.types.AbstractDataType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import scala.Option;
import scala.Tuple3;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The SQL functions as Catalyst expressions (PRI-1, PRI-3, CAT-6): each call becomes a {@code
 * StaticInvoke} of {@link CreditFunctions}, which Spark compiles into its generated code (no UDF
 * boundary, no conversion to external rows). Arguments that name a kind, a profile or a key id are
 * checked when the query is analysed if they are constants, so a typo fails before any task runs.
 * Only names travel in the plan: a profile by its name, a key by its id; never key material.
 */
final class SqlFunctions {

  static final String MASK = "credit_mask";
  static final String REDACT = "credit_redact";
  static final String PSEUDONYM = "credit_pseudonym";
  static final String VALID = "credit_valid";

  private SqlFunctions() {}

  /** A registration: the function's name, its description and its builder. */
  record Registration(String name, String usage, Function<List<Expression>, Expression> builder) {

    Tuple3<FunctionIdentifier, ExpressionInfo, scala.Function1<Seq<Expression>, Expression>> asTuple() {
      scala.Function1<Seq<Expression>, Expression> b = args -> builder.apply(CollectionConverters.asJava(args));
      return new Tuple3<>(FunctionIdentifier.apply(name), info(), b);
    }

    ExpressionInfo info() {
      return new ExpressionInfo(CreditFunctions.class.getName(), null, name, usage, "");
    }
  }

  /** Every function, for {@link CreditSparkExtensions} and {@link CreditSpark#register}. */
  static List<Registration> all() {
    return List.of(
        new Registration(MASK,
            "_FUNC_(kind, value[, profile]) - masks value as a kind of personal information (PERSONAL_NAME, RESIDENT_ID, "
                + "USCC, MOBILE, LANDLINE, BANK_CARD, EMAIL, ADDRESS, LICENCE_PLATE, BIRTH_DATE) by the masking "
                + "profile PUBLIC (default), SHARING or SUBJECT of credit-privacy",
            SqlFunctions::mask),
        new Registration(REDACT,
            "_FUNC_(text) - removes resident ID numbers, phone numbers, bank cards, e-mail addresses and licence "
                + "plates from free text (credit-privacy's standard Redactor)",
            SqlFunctions::redact),
        new Registration(PSEUDONYM,
            "_FUNC_([kind, ]value, key_id) - the keyed pseudonym (HMAC-SHA-256) of value under the key configured as "
                + CreditSpark.KEY_CONFIG_PREFIX + "<key_id>; without kind, a subject identifier "
                + "(USCC if valid, else RESIDENT_ID)",
            SqlFunctions::pseudonym),
        new Registration(VALID,
            "_FUNC_(kind, value) - whether value is a valid RESIDENT_ID or USCC (credit-core's validators)",
            SqlFunctions::valid));
  }

  static Expression mask(List<Expression> args) {
    arity(MASK, args, 2, 3);
    Expression kind = args.get(0);
    Expression profile = args.size() == 3 ? args.get(2) : Literal.create("PUBLIC", DataTypes.StringType);
    constant(kind, CreditFunctions::kind);
    constant(profile, CreditFunctions::profile);
    return invoke("mask", DataTypes.StringType, kind, args.get(1), profile);
  }

  static Expression redact(List<Expression> args) {
    arity(REDACT, args, 1, 1);
    return invoke("redact", DataTypes.StringType, args.get(0));
  }

  static Expression pseudonym(List<Expression> args) {
    arity(PSEUDONYM, args, 2, 3);
    Expression keyId = args.get(args.size() - 1);
    constant(keyId, CreditFunctions::pseudonymizer);
    if (args.size() == 2) {
      return invoke("subjectPseudonym", DataTypes.StringType, args.get(0), keyId);
    }
    constant(args.get(0), CreditFunctions::kind);
    return invoke("pseudonym", DataTypes.StringType, args.get(0), args.get(1), keyId);
  }

  static Expression valid(List<Expression> args) {
    arity(VALID, args, 2, 2);
    constant(args.get(0), name -> CreditFunctions.validator(CreditFunctions.kind(name)));
    return invoke("valid", DataTypes.BooleanType, args.get(0), args.get(1));
  }

  private static Expression invoke(String method, DataType type, Expression... args) {
    AbstractDataType[] strings = new AbstractDataType[args.length];
    java.util.Arrays.fill(strings, DataTypes.StringType);
    return new StaticInvoke(CreditFunctions.class, type, method, seq(args), seq(strings), true, true, true, Option.empty());
  }

  private static <T> Seq<T> seq(T[] items) {
    return CollectionConverters.asScala(List.of(items)).toSeq();
  }

  private static void arity(String name, List<Expression> args, int min, int max) {
    if (args.size() < min || args.size() > max) {
      throw new IllegalArgumentException(name + " takes " + (min == max ? min : min + " or " + max)
          + " arguments, not " + args.size());
    }
  }

  /** Checks a constant name argument now (at analysis), so that a wrong name fails before any task. */
  private static void constant(Expression e, Function<String, ?> check) {
    if (!e.foldable()) {
      return;
    }
    Object value = e.eval(null);
    if (value != null) {
      Object unused = check.apply(value.toString());
    }
  }
}
