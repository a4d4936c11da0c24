package io.returnrouter.app;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/architecture.md on the compiled classes of every module in the war.
 *
 * <p>Plug-ins (markets/&lt;cc&gt;, modules/carriers/&lt;name&gt;) are found through ServiceLoader
 * behind the core's SPI, so nothing else may name their classes: adding or removing one must not
 * break a compile elsewhere. What the rest may use of them are their support modules, which are
 * APIs on purpose: {@code markets.support} (the data-defined market and its legal floor, which the
 * rules editor validates against). Carriers are reached through the core's SPI only, support
 * library included.
 * The demo network ({@code io.returnrouter.demo}) is not a market or carrier plug-in and is not
 * covered here.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.returnrouter");
    }

    @Test
    void coreHasNoJakartaNorJpa() {
        noClasses().that().resideInAPackage("io.returnrouter.core..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax.persistence..",
                        "org.eclipse.persistence..", "javax.ws..")
                .check(classes);
    }

    @Test
    void coreDependsOnNoneOfOurModules() {
        noClasses().that().resideInAPackage("io.returnrouter.core..")
                .should().dependOnClassesThat().resideInAnyPackage("io.returnrouter.api..", "io.returnrouter.app..",
                        "io.returnrouter.persistence..", "io.returnrouter.cli..", "io.returnrouter.markets..",
                        "io.returnrouter.carriers..", "io.returnrouter.demo..", "io.returnrouter.auth..")
                .check(classes);
    }

    @Test
    void persistenceAndApiNeverReachOutwards() {
        noClasses().that().resideInAPackage("io.returnrouter.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("io.returnrouter.api..", "io.returnrouter.app..")
                .check(classes);
        noClasses().that().resideInAPackage("io.returnrouter.api..")
                .should().dependOnClassesThat().resideInAPackage("io.returnrouter.app..")
                .check(classes);
    }

    @Test
    void nothingOutsideAMarketUsesItsImplementation() {
        noClasses().that().resideOutsideOfPackage("io.returnrouter.markets..")
                .should().dependOnClassesThat(resideInAPackage("io.returnrouter.markets..")
                        .and(resideOutsideOfPackage("io.returnrouter.markets.support..")))
                .check(classes);
        slices().matching("io.returnrouter.markets.(*)..").should().notDependOnEachOther()
                .ignoreDependency(alwaysTrue(), resideInAPackage("io.returnrouter.markets.support.."))
                .check(classes);
    }

    /**
     * Carriers are reached only through the core's SPI (CarrierModule and the capabilities of
     * core.spi.carrier): not even the carriers' support library may be named outside them, so no
     * code can test for a support class (issue 15).
     */
    @Test
    void nothingOutsideTheCarriersUsesTheirClasses() {
        noClasses().that().resideOutsideOfPackage("io.returnrouter.carriers..")
                .should().dependOnClassesThat().resideInAPackage("io.returnrouter.carriers..")
                .check(classes);
    }

    @Test
    void carriersDoNotUseEachOther() {
        slices().matching("io.returnrouter.carriers.(*)..").should().notDependOnEachOther()
                .ignoreDependency(alwaysTrue(), resideInAPackage("io.returnrouter.carriers.support.."))
                .check(classes);
    }

    @Test
    void resourcesLeaveDatabaseWorkToServicesAndRepositories() {
        noClasses().that().haveSimpleNameEndingWith("Resource").and().resideInAPackage("io.returnrouter.api..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "java.sql..",
                        "io.returnrouter.persistence.lease..")
                .check(classes);
    }
}
