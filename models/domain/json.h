#pragma once

#include "block.h"
#include "common/result.h"
#include "document.h"
#include "ticket.h"

#include <QJsonObject>

namespace docket {

// The JSON shapes Docket prints and stores; field names follow the seeds (snake_case).
QJsonObject documentToJson(const Document &document, bool withSourceText = false);
QJsonObject blockToJson(const Block &block);
QJsonObject ticketToJson(const Ticket &ticket);
Result<Ticket> ticketFromJson(const QJsonObject &object);

QString isoTimestamp(const QDateTime &time); // UTC, milliseconds, trailing Z
QDateTime parseIsoTimestamp(const QString &text);

} // namespace docket
