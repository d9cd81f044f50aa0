#include "chat_generator.h"

#include "generators/draft_repair.h"
#include "llm_output.h"
#include "prompts.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

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
    m_parts = llm::chunkBlocks(request.blocks, qMax(1000, m_settings.chunkCharacters));
    m_partIndex = 0;
    m_result = DraftSet{};
    m_result.sourceTitle = request.document.title;
    m_result.generation.generator = id();
    m_result.generation.model = m_settings.model;
    m_clock.start();
    if (m_parts.isEmpty()) {
        fail(tr("The document has no blocks to generate from."));
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

void ChatGenerator::sendPart()
{
    m_buffer.clear();
    m_errorBody.clear();
    m_stream = ChatStream{};
    const QString user =
        llm::userPrompt(m_request, m_parts.at(m_partIndex), m_partIndex + 1, int(m_parts.size()));
    m_reply = m_network->post(chatRequest(), chatBody(llm::systemPrompt(), user));
    connect(m_reply, &QNetworkReply::readyRead, this, &ChatGenerator::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ChatGenerator::onFinished);
    m_idleTimer.start(m_settings.timeoutSeconds * 1000);
    emit progressChanged(int(qint64(m_partIndex) * 100 / m_parts.size()),
                         tr("Sending part %1 of %2 to the model").arg(m_partIndex + 1).arg(m_parts.size()));
}

void ChatGenerator::onReadyRead()
{
    if (!m_reply)
        return;
    m_idleTimer.start(m_settings.timeoutSeconds * 1000);
    const QByteArray data = m_reply->readAll();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400) {
        m_errorBody += data;
        return;
    }
    m_buffer += data;
    consume(m_buffer, m_stream);
    const int done = m_partIndex * 100 / int(m_parts.size());
    emit progressChanged(
        qMin(99, done + int(qMin<qsizetype>(m_stream.content.size() / 40, 100 / m_parts.size() - 1))),
        tr("Receiving part %1 of %2").arg(m_partIndex + 1).arg(m_parts.size()));
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
    m_errorBody += status >= 400 ? reply->readAll() : QByteArray();
    if (status >= 400) {
        const QString message = serverMessage(m_errorBody);
        if (dropStructuredOutput(status, message)) {
            sendPart();
            return;
        }
        fail(tr("The model server answered HTTP %1%2")
                 .arg(status)
                 .arg(message.isEmpty() ? QString() : QStringLiteral(": ") + message));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        fail(tr("The connection to the model server failed: %1").arg(reply->errorString()));
        return;
    }
    m_buffer += reply->readAll();
    m_buffer += '\n';
    consume(m_buffer, m_stream);
    finishPart();
}

void ChatGenerator::finishPart()
{
    if (!m_stream.error.isEmpty()) {
        fail(tr("The model server reported an error: %1").arg(m_stream.error));
        return;
    }
    if (m_stream.finishReason == QLatin1String("length")) {
        fail(tr("The model's answer for part %1 was cut off at its length limit; lower the part size in the "
                "generator settings or use a model with a larger context.")
                 .arg(m_partIndex + 1));
        return;
    }
    auto object = llm::extractJsonObject(m_stream.content);
    if (!object) {
        fail(tr("Part %1: %2").arg(m_partIndex + 1).arg(object.error().message));
        return;
    }
    DraftSet part = repairDrafts(object.value());

    // SPEC numbers restart in every part: shift them past what the earlier parts used.
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
        m_result.tickets.append(draft);
    }
    m_result.risks += part.risks;
    m_result.openQuestions += part.openQuestions;
    for (const QString &warning : std::as_const(part.generation.warnings))
        m_result.generation.warnings.append(tr("Part %1: %2").arg(m_partIndex + 1).arg(warning));
    auto add = [](std::optional<int> &total, const std::optional<int> &more) {
        if (more)
            total = total.value_or(0) + *more;
    };
    add(m_result.generation.promptTokens, m_stream.promptTokens);
    add(m_result.generation.completionTokens, m_stream.completionTokens);
    m_result.generation.finishReason =
        m_stream.finishReason.isEmpty() ? QStringLiteral("stop") : m_stream.finishReason;

    if (++m_partIndex < m_parts.size()) {
        sendPart();
        return;
    }
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
