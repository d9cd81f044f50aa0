// Prints one table of Docket's benchmarks. Each case runs in a child process of this binary
// (`docket_bench --case NAME`), so the peak memory it reports belongs to that case alone.
#include "cases.h"
#include "measure.h"
#include "ticket_browsing.h"

#include <QApplication>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTextStream>

#include <memory>

using namespace docket::bench;

namespace {

const Case *findCase(const QList<Case> &cases, const QString &name)
{
    for (const Case &benchCase : cases) {
        if (benchCase.name == name)
            return &benchCase;
    }
    return nullptr;
}

int runOne(const Case &benchCase)
{
    QJsonObject result = benchCase.run();
    result.insert(QStringLiteral("peak_rss_kib"), peakRssKiB());
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

void printRow(QTextStream &out, const QString &name, const QJsonObject &result)
{
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(name, -18)
               .arg(QStringLiteral("%1 ms").arg(result.value(QStringLiteral("median_ms")).toDouble(), 0, 'f',
                                                1),
                    12)
               .arg(QStringLiteral("%1 MiB").arg(
                        result.value(QStringLiteral("peak_rss_kib")).toDouble() / 1024.0, 0, 'f', 1),
                    11)
               .arg(result.value(QStringLiteral("note")).toString());
}

// Cases that draw widgets need a QApplication; offscreen unless a platform was asked for, so they
// also run without a display.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[], bool widgets)
{
    if (!widgets)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const QList<Case> cases = allCases();
    const bool childCase = argc == 3 && qstrcmp(argv[1], "--case") == 0;
    const Case *child = childCase ? findCase(cases, QString::fromLocal8Bit(argv[2])) : nullptr;
    const auto app = makeApplication(argc, argv, child && child->needsWidgets);
    const QStringList arguments = QCoreApplication::arguments();
    if (childCase) {
        if (child)
            return runOne(*child);
        QTextStream(stderr) << "unknown case " << arguments.at(2) << Qt::endl;
        return 1;
    }
    if (arguments.size() == 4 && arguments.at(1) == QLatin1String("--write-ticket-workspace"))
        return writeTicketWorkspace(arguments.at(2), arguments.at(3).toInt());
    const QStringList only = arguments.mid(1);

    QTextStream out(stdout);
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("case"), -18)
               .arg(QStringLiteral("median"), 12)
               .arg(QStringLiteral("peak RSS"), 11)
               .arg(QStringLiteral("notes"));
    out << QString(80, QLatin1Char('-')) << Qt::endl;
    int failures = 0;
    for (const Case &benchCase : cases) {
        if (!only.isEmpty() && !only.contains(benchCase.name))
            continue;
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--case"), benchCase.name});
        process.waitForFinished(-1);
        const QJsonObject result = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        if (process.exitCode() != 0 || result.isEmpty()) {
            out << QStringLiteral("%1 FAILED\n").arg(benchCase.name, -18);
            ++failures;
            continue;
        }
        if (result.contains(QStringLiteral("rows"))) {
            for (const QJsonValue &row : result.value(QStringLiteral("rows")).toArray())
                printRow(out, row.toObject().value(QStringLiteral("name")).toString(), row.toObject());
        } else {
            printRow(out, benchCase.name, result);
        }
        out.flush();
    }
    return failures == 0 ? 0 : 1;
}
