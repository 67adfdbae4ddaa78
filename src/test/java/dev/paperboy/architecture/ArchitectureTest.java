package dev.paperboy.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The house rules of docs/architecture.md as tests, on the compiled main code. A rule that fails
 * names the class and the dependency that broke it.
 */
@AnalyzeClasses(packages = "dev.paperboy", importOptions = ArchitectureTest.MainCodeOnly.class)
class ArchitectureTest {

    /**
     * The main code wherever the build puts it. ArchUnit's own DoNotIncludeTests knows tests by a
     * folder named {@code target/test-classes}, so a build into {@code -DbuildDir=/tmp/x} had the
     * rules judge the tests (and the fake Discord) as main code.
     */
    static final class MainCodeOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/");
        }
    }

    private static final String JDA = "net.dv8tion..";

    @ArchTest
    static final ArchRule theDomainKnowsNothingOfDiscord = noClasses()
            .that().resideInAnyPackage("dev.paperboy.catalogue..", "dev.paperboy.daily..", "dev.paperboy.learn..")
            .should().dependOnClassesThat().resideInAnyPackage(JDA)
            .because("the domain is tested and previewed without Discord; JDA stays in dev.paperboy.discord");

    @ArchTest
    static final ArchRule onlyTheDiscordPackageImportsJda = noClasses()
            .that().resideOutsideOfPackage("dev.paperboy.discord..")
            .should().dependOnClassesThat().resideInAnyPackage(JDA)
            .because("one package talks to Discord, so a JDA upgrade touches one package");

    @ArchTest
    static final ArchRule theDomainUsesNoSql = noClasses()
            .that().resideInAnyPackage("dev.paperboy.catalogue..", "dev.paperboy.daily..", "dev.paperboy.learn..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
            .because("state is behind ports the domain owns; adapters implement them");

    @ArchTest
    static final ArchRule onlyTheStoreSpeaksSql = noClasses()
            .that().resideOutsideOfPackage("dev.paperboy.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.flywaydb..",
                    "com.zaxxer..", "org.sqlite..", "org.postgresql..")
            .because("one package knows the database, so SQLite and PostgreSQL differ in one place");

    @ArchTest
    static final ArchRule theStoreKnowsNothingOfDiscord = noClasses()
            .that().resideInAPackage("dev.paperboy.store..")
            .should().dependOnClassesThat().resideInAnyPackage(JDA, "dev.paperboy.discord..", "dev.paperboy.cli..")
            .because("the store implements the domain's ports; the command line wires it to the bot");

    @ArchTest
    static final ArchRule theCatalogueDependsOnNothingOfOursButIo = noClasses()
            .that().resideInAPackage("dev.paperboy.catalogue..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.paperboy.daily..", "dev.paperboy.discord..",
                    "dev.paperboy.config..", "dev.paperboy.cli..")
            .because("the catalogue is the bottom of the house: everything reads it, it reads only files");

    @ArchTest
    static final ArchRule theCommandLineIsTheOnlyCallerOfTheBot = classes()
            .that().haveFullyQualifiedName("dev.paperboy.discord.Bot")
            .should().onlyHaveDependentClassesThat().resideInAnyPackage("dev.paperboy.cli..", "dev.paperboy.discord..")
            .because("the command line wires the bot at start; nothing else starts or holds a connection");

    @ArchTest
    static final ArchRule opsKnowsNothingOfDiscord = noClasses()
            .that().resideInAPackage("dev.paperboy.ops..")
            .should().dependOnClassesThat().resideInAnyPackage(JDA, "dev.paperboy.discord..")
            .because("health and metrics take the bot's state as plain functions that cli wires, so they "
                    + "are tested over HTTP without a Discord and a JDA upgrade never reaches them");

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("dev.paperboy.(*)..")
            .should().beFreeOfCycles();
}
