/**
 * Documents: finds an uploaded file's real type from its content and extracts its text with Apache Tika
 * in a separate worker process under hard limits, so that no hostile file can hurt the application.
 * Outcomes are i18n message keys ({@code documents.refused.*}, {@code documents.failed.*},
 * {@code documents.unsupported.*}) with arguments.
 */
@ApplicationModule(displayName = "Documents", allowedDependencies = {"shared"})
@NullMarked
package vn.tuoitreso.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
