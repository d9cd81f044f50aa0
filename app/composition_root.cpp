#include "composition_root.h"

#include "common/appearance.h"
#include "generate/generation_controller.h"
#include "generator_factory.h"
#include "mainwindow/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTranslator>

namespace docket {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Docket"));
    QCoreApplication::setApplicationName(QStringLiteral("Docket"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOCKET_VERSION));
}

QString defaultWorkspacePath()
{
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(directory);
    return directory + QStringLiteral("/workspace.docket");
}

void installTranslations(QCoreApplication &app)
{
    auto *docketTranslator = new QTranslator(&app);
    // docket_en carries the plural forms of English strings, so it is loaded for every locale
    // that has no translation of its own.
    if (docketTranslator->load(QLocale(), QStringLiteral("docket"), QStringLiteral("_"),
                               QStringLiteral(":/i18n")) ||
        docketTranslator->load(QStringLiteral(":/i18n/docket_en")))
        QCoreApplication::installTranslator(docketTranslator);

    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
}

int runGui(int argc, char *argv[])
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/docket.svg")));
    QApplication::setDesktopFileName(QStringLiteral("docket"));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "docket::Gui", "Docket turns product specs into engineering ticket drafts.\n"
                       "Run 'docket help' for the command-line subcommands."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QCoreApplication::translate("docket::Gui", "A .docket workspace to open."),
                                 QStringLiteral("[workspace]"));
    parser.process(app);
    Appearance::apply(Appearance::saved());

    QNetworkAccessManager network;
    const GeneratorFactory generators(&network);
    MainWindow window;
    window.setNetwork(&network);
    window.generationController()->setGeneratorProvider(
        [&generators](const GeneratorSettings &settings) { return generators.create(settings); });
    const QStringList positional = parser.positionalArguments();
    const bool useDefault = positional.isEmpty();
    const QString path = useDefault ? defaultWorkspacePath() : positional.first();
    window.show();
    // First run: give the PM something to look at straight away.
    if (window.openWorkspace(path) && useDefault && window.documentCount() == 0)
        window.importBundledSample();
    return app.exec();
}

} // namespace docket
