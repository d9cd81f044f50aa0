#pragma once

#include "common/result.h"

#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace docket {

// What every subcommand writes to: results on out, messages on err.
struct Streams {
    QTextStream &out;
    QTextStream &err;
};

// Prints "docket: message" and returns the user-error exit code.
int userError(Streams streams, const QString &message);
// Prints the internal error and returns its exit code.
int internalError(Streams streams, const Error &error);

// Parses arguments[0] as the subcommand name and the rest as its options. Returns false with
// the message already printed (or the help shown) when the command should stop with *exitCode.
bool parseOptions(QCommandLineParser &parser, const QStringList &arguments, Streams streams, int *exitCode);

} // namespace docket
