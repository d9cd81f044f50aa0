// Prints one table of Docket's benchmarks. Each case runs in a child process of this binary
// (`docket_bench --case NAME`), so the peak memory it reports belongs to that case alone.
#include "cases.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QProcess>
#include <QTextStream>

#include <sys/resource.h>

using namespace docket::bench;

namespace {

qint64 peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
}

int runOne(const QString &name)
{
    for (const Case &benchCase : allCases()) {
        if (benchCase.name != name)
            continue;
        QJsonObject result = benchCase.run();
        result.insert(QStringLiteral("peak_rss_kib"), peakRssKiB());
        QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    QTextStream(stderr) << "unknown case " << name << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 3 && arguments.at(1) == QLatin1String("--case"))
        return runOne(arguments.at(2));
    const QStringList only = arguments.mid(1);

    QTextStream out(stdout);
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("case"), -18)
               .arg(QStringLiteral("median"), 12)
               .arg(QStringLiteral("peak RSS"), 11)
               .arg(QStringLiteral("notes"));
    out << QString(80, QLatin1Char('-')) << Qt::endl;
    int failures = 0;
    for (const Case &benchCase : allCases()) {
        if (!only.isEmpty() && !only.contains(benchCase.name))
            continue;
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--case"), benchCase.name});
        child.waitForFinished(-1);
        const QJsonObject result = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
        if (child.exitCode() != 0 || result.isEmpty()) {
            out << QStringLiteral("%1 FAILED\n").arg(benchCase.name, -18);
            ++failures;
            continue;
        }
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(benchCase.name, -18)
                   .arg(QStringLiteral("%1 ms").arg(result.value(QStringLiteral("median_ms")).toDouble(), 0,
                                                    'f', 1),
                        12)
                   .arg(QStringLiteral("%1 MiB").arg(
                            result.value(QStringLiteral("peak_rss_kib")).toDouble() / 1024.0, 0, 'f', 1),
                        11)
                   .arg(result.value(QStringLiteral("note")).toString());
        out.flush();
    }
    return failures == 0 ? 0 : 1;
}
