#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>

namespace docket::bench {

double median(QList<double> values);
double elapsedMs(const QElapsedTimer &timer);

// The most memory this process has held so far (resident set, KiB).
qint64 peakRssKiB();

// A benchmark that cannot do its work says why and ends the process.
[[noreturn]] void fail(const QString &what);

} // namespace docket::bench
