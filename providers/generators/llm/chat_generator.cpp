#include "chat_generator.h"

#include "generators/draft_repair.h"
#include "llm_output.h"
#include "prompts.h"

#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>

namespace docket {

ChatGenerator::ChatGenerator(QNetworkAccessManager *network, GeneratorSettings settings, QObject *parent)
    : TicketGenerator(parent)
    , m_network(network)
    , m_settings(std::move(settings))
{
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        fail(tr("The model server sent nothing for %n second(s); giving up.", nullptr,
                m_settings.timeoutSeconds));
    });
}

ChatGenerator::~ChatGenerator()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

QNetworkRequest ChatGenerator::jsonRequest(const QString &endpointPath) const
{
    QUrl url = m_settings.baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + endpointPath);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!m_settings.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_settings.apiKey.toUtf8());
    return request;
}

QJsonArray ChatGenerator::messages(const QString &system, const QString &user)
{
    return QJsonArray{
        QJsonObject{{QStringLiteral("role"), QStringLiteral("system")}, {QStringLiteral("content"), system}},
        QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), user}}};
}

void ChatGenerator::start(const GenerationRequest &request)
{
    if (!m_done) {
        emit failed(tr("A generation is already running."));
        return;
    }
    m_done = false;
    m_request = request;
    m_partIndex = 0;
    m_received = 0;
    m_result = DraftSet{};
    m_result.sourceTitle = request.document.title;
    m_result.generation.generator = id();
    m_result.generation.model = m_settings.model;
    m_clock.start();

    // Only what the model will see counts toward a part's size; a part of headings alone has
    // nothing to turn into tickets.
    m_parts.clear();
    const QList<QList<Block>> parts =
        llm::chunkBlocks(llm::blocksToSend(request), qMax(1000, m_settings.chunkCharacters));
    for (const QList<Block> &part : parts) {
        if (std::any_of(part.cbegin(), part.cend(),
                        [](const Block &block) { return block.type != BlockType::Heading; }))
            m_parts.append(part);
    }
    if (m_parts.isEmpty()) {
        fail(request.includeBlockTypes.isEmpty()
                 ? tr("The document has no blocks to generate from.")
                 : tr("The document has no blocks of the chosen types to generate from."));
        return;
    }
    sendPart();
}

void ChatGenerator::cancel()
{
    if (m_done)
        return;
    fail(tr("Generation cancelled."));
}

QString ChatGenerator::partLabel() const
{
    return tr("part %1 of %2").arg(m_partIndex + 1).arg(m_parts.size());
}

void ChatGenerator::sendPart()
{
    m_buffer.clear();
    m_body.clear();
    m_stream = ChatStream{};
    const QString user =
        llm::userPrompt(m_request, m_parts.at(m_partIndex), m_partIndex + 1, int(m_parts.size()));
    m_reply = m_network->post(chatRequest(), chatBody(llm::systemPrompt(), user));
    connect(m_reply, &QNetworkReply::readyRead, this, &ChatGenerator::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ChatGenerator::onFinished);
    m_idleTimer.start(m_settings.timeoutSeconds * 1000);
    emit progressChanged(int(qint64(m_partIndex) * 100 / m_parts.size()),
                         tr("Sending %1 to the model").arg(partLabel()));
}

void ChatGenerator::onReadyRead()
{
    if (!m_reply)
        return;
    m_idleTimer.start(m_settings.timeoutSeconds * 1000);
    const QByteArray data = m_reply->readAll();
    m_body += data;
    m_received += data.size();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400)
        return; // an error body, read whole when the reply ends
    m_buffer += data;
    consume(m_buffer, m_stream);
    // Each part owns an equal slice of the bar; within it, progress follows the answer's length.
    const int slice = qMax(1, 100 / int(m_parts.size()));
    const int done = m_partIndex * 100 / int(m_parts.size());
    const int within = int(qMin<qsizetype>(m_stream.content.size() / 40, slice - 1));
    emit progressChanged(
        qMin(99, done + within),
        tr("Receiving %1 (%2 received)").arg(partLabel(), QLocale().formattedDataSize(m_received)));
}

void ChatGenerator::onFinished()
{
    if (!m_reply || m_done)
        return;
    m_idleTimer.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray rest = reply->readAll();
    m_body += rest;
    if (status >= 400) {
        const QString message = serverMessage(m_body);
        if (m_outputFormat != OutputFormat::Plain && refusesOutputFormat(status, message)) {
            m_outputFormat = OutputFormat(int(m_outputFormat) + 1);
            sendPart();
            return;
        }
        fail(message.isEmpty() ? tr("The model server answered HTTP %1.").arg(status)
                               : tr("The model server answered HTTP %1: %2").arg(status).arg(message));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        fail(tr("The connection to the model server failed: %1").arg(reply->errorString()));
        return;
    }
    m_buffer += rest;
    m_buffer += '\n';
    consume(m_buffer, m_stream);
    if (!m_stream.complete && m_stream.content.isEmpty() && m_stream.error.isEmpty())
        consumeWhole(m_body, m_stream);
    finishPart();
}

void ChatGenerator::finishPart()
{
    if (!m_stream.error.isEmpty()) {
        fail(tr("The model server reported an error: %1").arg(m_stream.error));
        return;
    }
    if (m_stream.finishReason == QLatin1String("length")) {
        const QList<QList<Block>> halves = llm::splitPart(m_parts.at(m_partIndex));
        if (halves.isEmpty()) {
            fail(tr("The model's answer for %1 was cut off at its length limit, and the part is a single "
                    "block; use a model with a larger context or output limit.")
                     .arg(partLabel()));
            return;
        }
        m_result.generation.warnings.append(
            tr("The answer for %1 was cut off at the model's length limit; it was sent again in two halves.")
                .arg(partLabel()));
        m_parts.replace(m_partIndex, halves.at(1));
        m_parts.insert(m_partIndex, halves.at(0));
        sendPart();
        return;
    }
    if (!m_stream.complete) {
        fail(tr("The model server closed the connection before its answer for %1 was complete.")
                 .arg(partLabel()));
        return;
    }
    auto object = llm::extractJsonObject(m_stream.content);
    if (object)
        object = llm::ticketsAnswer(object.value());
    if (!object) {
        fail(tr("The model's answer for %1 cannot be used: %2").arg(partLabel(), object.error().message));
        return;
    }
    mergePart(repairDrafts(object.value()));

    auto add = [](std::optional<int> &total, const std::optional<int> &more) {
        if (more)
            total = total.value_or(0) + *more;
    };
    add(m_result.generation.promptTokens, m_stream.promptTokens);
    add(m_result.generation.completionTokens, m_stream.completionTokens);
    m_result.generation.finishReason =
        m_stream.finishReason.isEmpty() ? QStringLiteral("stop") : m_stream.finishReason;

    if (++m_partIndex < m_parts.size())
        sendPart();
    else
        complete();
}

void ChatGenerator::mergePart(DraftSet part)
{
    QSet<QString> sentBlocks;
    for (const Block &block : m_parts.at(m_partIndex))
        sentBlocks.insert(block.id);

    // SPEC numbers restart in every part: shift them past what the earlier parts used. Repair
    // left them unique, so the mapping is one to one.
    const int offset = int(m_result.tickets.size());
    QHash<QString, QString> renumbered;
    for (int i = 0; i < part.tickets.size(); ++i)
        renumbered.insert(part.tickets.at(i).externalId, draftExternalId(offset + i + 1));
    for (Draft draft : std::as_const(part.tickets)) {
        draft.externalId = renumbered.value(draft.externalId);
        for (QString &dependency : draft.dependencies)
            dependency = renumbered.value(dependency);
        if (!draft.parentExternalId.isEmpty())
            draft.parentExternalId = renumbered.value(draft.parentExternalId);
        if (!draft.blockId.isEmpty() && !sentBlocks.contains(draft.blockId)) {
            const QString note =
                tr("The model named block \"%1\", which it was not given; the link to the spec was dropped.")
                    .arg(draft.blockId);
            draft.problems.append(note);
            part.generation.warnings.append(draft.externalId + QStringLiteral(": ") + note);
            draft.blockId.clear();
        }
        m_result.tickets.append(draft);
    }
    m_result.risks += part.risks;
    m_result.openQuestions += part.openQuestions;
    for (const QString &warning : std::as_const(part.generation.warnings))
        m_result.generation.warnings.append(tr("Part %1: %2").arg(m_partIndex + 1).arg(warning));
}

void ChatGenerator::complete()
{
    limitDrafts(m_result, m_request.maxTicketCount);
    // Repair and merging keep the rules; should anything slip through, the PM sees it.
    for (const DraftViolation &violation : validateDraftSet(m_result))
        m_result.generation.warnings.append(
            QStringLiteral("%1 %2: %3").arg(violation.externalId, violation.field, violation.message));
    m_done = true;
    m_result.generation.durationMs = m_clock.elapsed();
    emit progressChanged(100, tr("Done"));
    emit finished(m_result);
}

void ChatGenerator::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_idleTimer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    emit failed(message);
}

} // namespace docket
