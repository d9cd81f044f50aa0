#pragma once

#include <QJsonDocument>
#include <QTextStream>

namespace docket {

// Prints JSON the way every subcommand does: indented, UTF-8, one trailing newline.
void printJson(QTextStream &out, const QJsonObject &object);

} // namespace docket
