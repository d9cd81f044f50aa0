#include "fake_llm_server.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QStringList piecesOf(const QString &content, int count)
{
    QStringList pieces;
    const qsizetype size = qMax<qsizetype>(1, (content.size() + count - 1) / qMax(1, count));
    for (qsizetype at = 0; at < content.size(); at += size)
        pieces.append(content.mid(at, size));
    return pieces;
}

QJsonObject assistant(const QString &content)
{
    return {{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), content}};
}

QJsonObject usage(const FakeLlmServer::Answer &answer)
{
    return {{QStringLiteral("prompt_tokens"), answer.promptTokens},
            {QStringLiteral("completion_tokens"), answer.completionTokens},
            {QStringLiteral("total_tokens"), answer.promptTokens + answer.completionTokens}};
}

QList<QByteArray> ollamaChunks(const FakeLlmServer::Answer &answer, bool stream)
{
    QJsonObject done{{QStringLiteral("model"), QStringLiteral("fake")},
                     {QStringLiteral("done"), true},
                     {QStringLiteral("done_reason"), answer.finishReason},
                     {QStringLiteral("prompt_eval_count"), answer.promptTokens},
                     {QStringLiteral("eval_count"), answer.completionTokens}};
    if (!stream) {
        done.insert(QStringLiteral("message"), assistant(answer.content));
        return {compact(done)};
    }
    QList<QByteArray> chunks;
    for (const QString &piece : piecesOf(answer.content, answer.pieces))
        chunks.append(compact({{QStringLiteral("model"), QStringLiteral("fake")},
                               {QStringLiteral("message"), assistant(piece)},
                               {QStringLiteral("done"), false}}) +
                      '\n');
    done.insert(QStringLiteral("message"), assistant(QString()));
    chunks.append(compact(done) + '\n');
    return chunks;
}

QList<QByteArray> openAiChunks(const FakeLlmServer::Answer &answer, bool stream)
{
    if (!stream) {
        const QJsonObject choice{{QStringLiteral("index"), 0},
                                 {QStringLiteral("message"), assistant(answer.content)},
                                 {QStringLiteral("finish_reason"), answer.finishReason}};
        return {compact({{QStringLiteral("object"), QStringLiteral("chat.completion")},
                         {QStringLiteral("choices"), QJsonArray{choice}},
                         {QStringLiteral("usage"), usage(answer)}})};
    }
    auto event = [](const QJsonObject &object) { return "data: " + compact(object) + "\n\n"; };
    auto chunk = [](const QJsonObject &delta, const QJsonValue &finishReason) {
        return QJsonObject{{QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                           {QStringLiteral("choices"),
                            QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                                   {QStringLiteral("delta"), delta},
                                                   {QStringLiteral("finish_reason"), finishReason}}}}};
    };
    QList<QByteArray> chunks;
    for (const QString &piece : piecesOf(answer.content, answer.pieces))
        chunks.append(event(chunk({{QStringLiteral("content"), piece}}, QJsonValue())));
    chunks.append(event(chunk({}, answer.finishReason)));
    chunks.append(
        event({{QStringLiteral("choices"), QJsonArray()}, {QStringLiteral("usage"), usage(answer)}}));
    chunks.append("data: [DONE]\n\n");
    return chunks;
}

} // namespace

FakeLlmServer::Answer FakeLlmServer::httpError(int status, const QByteArray &body)
{
    Answer answer;
    answer.httpStatus = status;
    answer.errorBody = body;
    return answer;
}

FakeLlmServer::FakeLlmServer(QObject *parent)
    : QObject(parent)
{
    m_http.setHandler([this](const FakeHttpServer::Request &request) { return respond(request); });
}

QUrl FakeLlmServer::url() const
{
    return m_http.url();
}

void FakeLlmServer::enqueue(const Answer &answer)
{
    m_answers.push_back(answer);
}

void FakeLlmServer::enqueue(const QString &content)
{
    Answer answer;
    answer.content = content;
    m_answers.push_back(answer);
}

QString FakeLlmServer::userPrompt(qsizetype index) const
{
    const QJsonArray messages = requests().at(index).json().value(QStringLiteral("messages")).toArray();
    for (const QJsonValue &message : messages) {
        if (message.toObject().value(QStringLiteral("role")).toString() == QLatin1String("user"))
            return message.toObject().value(QStringLiteral("content")).toString();
    }
    return {};
}

FakeHttpServer::Response FakeLlmServer::respond(const FakeHttpServer::Request &request)
{
    const bool ollama = request.path.endsWith("/api/chat");
    const bool openAi = request.path.endsWith("/chat/completions");
    if (request.method != "POST" || (!ollama && !openAi))
        return {404, "application/json", {"{\"error\":\"not found\"}"}};
    if (m_answers.empty())
        return {500, "application/json", {"{\"error\":\"FakeLlmServer: no scripted answer left\"}"}};
    const Answer answer = m_answers.front();
    m_answers.pop_front();
    if (answer.httpStatus != 200)
        return {answer.httpStatus, "application/json", {answer.errorBody}};

    const bool stream = request.json().value(QStringLiteral("stream")).toBool() && !answer.ignoreStream;
    FakeHttpServer::Response response;
    response.contentType = !stream  ? "application/json"
                           : ollama ? "application/x-ndjson"
                                    : "text/event-stream";
    response.chunks = ollama ? ollamaChunks(answer, stream) : openAiChunks(answer, stream);
    response.delayMs = answer.delayMs;
    response.dropAfterChunks = answer.drop ? 1 : -1;
    response.stallAfterChunks = answer.stall ? 1 : -1;
    return response;
}
