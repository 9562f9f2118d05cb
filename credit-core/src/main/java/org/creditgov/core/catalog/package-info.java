/**
 * The catalog of public credit information (公共信用信息目录, REQUIREMENTS.md CAT-1 … CAT-6): the
 * gate every record passes through.
 *
 * <ul>
 *   <li>The model: a {@link org.creditgov.core.catalog.Catalog} (one version of one layer, a
 *       {@link org.creditgov.core.ruleset.LayeredRuleSet} with its {@link
 *       org.creditgov.core.ruleset.RuleSetHeader}) lists {@link
 *       org.creditgov.core.catalog.CatalogItem}s, each with its subject types, {@link
 *       org.creditgov.core.catalog.FieldSpec}s, legal bases, sharing and disclosure attributes,
 *       publication rule and update deadline (CAT-2, CAT-3).
 *   <li>Layers and versions: a {@link org.creditgov.core.catalog.CatalogRegistry}, the face of the
 *       spine's {@link org.creditgov.core.ruleset.RuleSetRegistry}, holds the national basic
 *       catalog and the provincial, prefecture and county supplements, each in force for a period,
 *       and resolves "as of date D in jurisdiction J" to a {@link
 *       org.creditgov.core.catalog.ResolvedCatalog} (CAT-4); nothing in force is {@code
 *       Optional.empty()} and, in a verdict, {@code ruleset.NOT_IN_FORCE}.
 *   <li>The record check: {@link org.creditgov.core.catalog.ResolvedCatalog#check} answers a
 *       {@link org.creditgov.core.catalog.CreditRecord} with a {@link
 *       org.creditgov.core.verdict.Verdict} listing every {@link
 *       org.creditgov.core.catalog.CatalogFinding}, with typed facts ({@link
 *       org.creditgov.core.catalog.CatalogFacts}) and messages for a clerk (CAT-1, CAT-3, CAT-5,
 *       CAT-6).
 *   <li>Publication periods as effective-dated {@link
 *       org.creditgov.core.catalog.PublicationRegime}s per {@link
 *       org.creditgov.core.catalog.SeverityClass}, versions of a series resolved through the spine
 *       ({@link org.creditgov.core.catalog.PublicationRegimes}), with windows counted by Civil Code
 *       Arts. 201–202 ({@link org.creditgov.core.catalog.PublicationWindow}); shared with credit
 *       repair.
 * </ul>
 *
 * <p>Bad catalog data is refused whole: a {@link org.creditgov.core.catalog.CatalogFormatException}
 * (a {@link org.creditgov.core.data.ReferenceDataException}) lists every {@link
 * org.creditgov.core.data.DataProblem} — {@link org.creditgov.core.catalog.CatalogProblemType}s and
 * the generic {@link org.creditgov.core.data.DataProblemType}s — never a partial catalog. This
 * package needs no JSON library: reading and writing files is at the edge, in {@code
 * org.creditgov.core.catalog.io}.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.core.catalog;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
