#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace docket {

struct TaskForgeJob {
    QString jobId;
    QString status; // queued, running, succeeded, failed, cancelled (as the service names them)
    QDateTime createdAt;
    QString error; // the service's reason when the job failed

    bool isFinished() const;  // succeeded or completed
    bool isFailed() const;    // failed or errored
    bool isCancelled() const; // cancelled or canceled
};

struct TaskForgeInput {
    QString idempotencyKey; // the same input gives the same key, so a retried submit finds its job
    QString title;
    QString spec;
    int ticketCount = 0;
    int maxTicketCount = 0;
    bool includeEpics = true;
};

// The TaskForge ticket-generation service (seed 001): submit a job, poll it, fetch its
// tickets.result.v1, cancel, list. Bearer API key; errors carry the service's own code and message.
class TaskForgeClient : public QObject {
    Q_OBJECT
public:
    TaskForgeClient(QNetworkAccessManager *network, QUrl baseUrl, QString apiKey, QObject *parent = nullptr);

    template <typename T>
    using Callback = std::function<void(Result<T>)>;

    void submit(const TaskForgeInput &input, Callback<TaskForgeJob> done);
    void status(const QString &jobId, Callback<TaskForgeJob> done);
    void result(const QString &jobId, Callback<QJsonObject> done);
    void cancel(const QString &jobId, Callback<TaskForgeJob> done);
    void list(Callback<QList<TaskForgeJob>> done);

    void abortAll();

    // What the service says about a failed request, in its words.
    static QString serviceError(int httpStatus, const QByteArray &body);

private:
    QNetworkReply *send(const QByteArray &verb, const QString &path, const QByteArray &body = {});
    void expectObject(QNetworkReply *reply, std::function<void(Result<QJsonObject>)> done);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_apiKey;
};

} // namespace docket
