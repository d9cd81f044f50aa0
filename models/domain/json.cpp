#include "json.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace docket {

namespace {

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

class Text {
    Q_DECLARE_TR_FUNCTIONS(docket::Json)
};

} // namespace

QString isoTimestamp(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseIsoTimestamp(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

QJsonObject documentToJson(const Document &document, bool withSourceText)
{
    QJsonObject object{
        {QStringLiteral("id"), document.id},
        {QStringLiteral("title"), document.title},
        {QStringLiteral("source_path"), document.sourcePath},
        {QStringLiteral("format"), documentFormatName(document.format)},
        {QStringLiteral("sha256"), document.sha256},
        {QStringLiteral("imported_at"), isoTimestamp(document.importedAt)},
    };
    if (withSourceText)
        object.insert(QStringLiteral("source_text"), document.sourceText);
    return object;
}

QJsonObject blockToJson(const Block &block)
{
    QJsonObject object{
        {QStringLiteral("id"), block.id},
        {QStringLiteral("document_id"), block.documentId},
        {QStringLiteral("ordinal"), block.ordinal},
        {QStringLiteral("type"), blockTypeName(block.type)},
        {QStringLiteral("text"), block.text},
        {QStringLiteral("heading_path"), QJsonArray::fromStringList(block.headingPath)},
        {QStringLiteral("start_line"), block.startLine},
        {QStringLiteral("end_line"), block.endLine},
    };
    if (!block.items.isEmpty())
        object.insert(QStringLiteral("items"), QJsonArray::fromStringList(block.items));
    if (block.type == BlockType::Heading)
        object.insert(QStringLiteral("heading_level"), block.headingLevel);
    if (!block.language.isEmpty())
        object.insert(QStringLiteral("language"), block.language);
    return object;
}

QJsonObject ticketToJson(const Ticket &ticket)
{
    return QJsonObject{
        {QStringLiteral("id"), ticket.id},
        {QStringLiteral("document_id"), ticket.documentId},
        {QStringLiteral("block_id"), stringOrNull(ticket.blockId)},
        {QStringLiteral("title"), ticket.title},
        {QStringLiteral("body"), ticket.body},
        {QStringLiteral("ticket_type"), ticketTypeName(ticket.ticketType)},
        {QStringLiteral("priority"),
         ticket.priority ? QJsonValue(priorityName(*ticket.priority)) : QJsonValue()},
        {QStringLiteral("labels"), QJsonArray::fromStringList(ticket.labels)},
        {QStringLiteral("acceptance_criteria"), QJsonArray::fromStringList(ticket.acceptanceCriteria)},
        {QStringLiteral("estimated_effort"), stringOrNull(ticket.estimatedEffort)},
        {QStringLiteral("story_points"), ticket.storyPoints ? QJsonValue(*ticket.storyPoints) : QJsonValue()},
        {QStringLiteral("dependencies"), QJsonArray::fromStringList(ticket.dependencies)},
        {QStringLiteral("parent_id"), stringOrNull(ticket.parentId)},
        {QStringLiteral("component"), stringOrNull(ticket.component)},
        {QStringLiteral("milestone"), stringOrNull(ticket.milestone)},
        {QStringLiteral("confidence"), ticket.confidence ? QJsonValue(*ticket.confidence) : QJsonValue()},
        {QStringLiteral("status"), ticketStatusName(ticket.status)},
        {QStringLiteral("platform"),
         ticket.platform ? QJsonValue(platformName(*ticket.platform)) : QJsonValue()},
        {QStringLiteral("external_id"), stringOrNull(ticket.externalId)},
        {QStringLiteral("external_url"), stringOrNull(ticket.externalUrl)},
        {QStringLiteral("created_at"), isoTimestamp(ticket.createdAt)},
        {QStringLiteral("updated_at"), isoTimestamp(ticket.updatedAt)},
        {QStringLiteral("problems"), QJsonArray::fromStringList(ticket.problems)},
        {QStringLiteral("source_hash"), stringOrNull(ticket.sourceHash)},
        {QStringLiteral("changed_locally"), ticket.changedLocally},
        {QStringLiteral("push_key"), stringOrNull(ticket.pushKey)},
        {QStringLiteral("last_push_error"), stringOrNull(ticket.lastPushError)},
    };
}

Result<Ticket> ticketFromJson(const QJsonObject &object)
{
    Ticket ticket;
    ticket.id = object.value(QStringLiteral("id")).toString();
    ticket.documentId = object.value(QStringLiteral("document_id")).toString();
    ticket.blockId = object.value(QStringLiteral("block_id")).toString();
    ticket.title = object.value(QStringLiteral("title")).toString();
    ticket.body = object.value(QStringLiteral("body")).toString();

    const QString type = object.value(QStringLiteral("ticket_type")).toString();
    const auto ticketType = ticketTypeFromName(type);
    if (!ticketType)
        return Error{Text::tr("unknown ticket_type \"%1\"").arg(type), QStringLiteral("ticket_type")};
    ticket.ticketType = *ticketType;

    const QJsonValue priority = object.value(QStringLiteral("priority"));
    if (!priority.isNull() && !priority.isUndefined()) {
        ticket.priority = priorityFromName(priority.toString());
        if (!ticket.priority)
            return Error{Text::tr("unknown priority \"%1\"").arg(priority.toString()),
                         QStringLiteral("priority")};
    }
    ticket.labels = stringList(object.value(QStringLiteral("labels")));
    ticket.acceptanceCriteria = stringList(object.value(QStringLiteral("acceptance_criteria")));
    ticket.estimatedEffort = object.value(QStringLiteral("estimated_effort")).toString();
    const QJsonValue points = object.value(QStringLiteral("story_points"));
    if (points.isDouble())
        ticket.storyPoints = points.toInt();
    ticket.dependencies = stringList(object.value(QStringLiteral("dependencies")));
    ticket.parentId = object.value(QStringLiteral("parent_id")).toString();
    ticket.component = object.value(QStringLiteral("component")).toString();
    ticket.milestone = object.value(QStringLiteral("milestone")).toString();
    const QJsonValue confidence = object.value(QStringLiteral("confidence"));
    if (confidence.isDouble())
        ticket.confidence = confidence.toDouble();

    const QString status = object.value(QStringLiteral("status")).toString(QStringLiteral("generated"));
    const auto ticketStatus = ticketStatusFromName(status);
    if (!ticketStatus)
        return Error{Text::tr("unknown status \"%1\"").arg(status), QStringLiteral("status")};
    ticket.status = *ticketStatus;

    const QString platform = object.value(QStringLiteral("platform")).toString();
    if (!platform.isEmpty()) {
        ticket.platform = platformFromName(platform);
        if (!ticket.platform)
            return Error{Text::tr("unknown platform \"%1\"").arg(platform), QStringLiteral("platform")};
    }
    ticket.externalId = object.value(QStringLiteral("external_id")).toString();
    ticket.externalUrl = object.value(QStringLiteral("external_url")).toString();
    ticket.createdAt = parseIsoTimestamp(object.value(QStringLiteral("created_at")).toString());
    ticket.updatedAt = parseIsoTimestamp(object.value(QStringLiteral("updated_at")).toString());
    ticket.problems = stringList(object.value(QStringLiteral("problems")));
    ticket.sourceHash = object.value(QStringLiteral("source_hash")).toString();
    ticket.changedLocally = object.value(QStringLiteral("changed_locally")).toBool();
    ticket.pushKey = object.value(QStringLiteral("push_key")).toString();
    ticket.lastPushError = object.value(QStringLiteral("last_push_error")).toString();
    return ticket;
}

} // namespace docket
