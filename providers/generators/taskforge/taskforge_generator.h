#pragma once

#include "generators/generator_settings.h"
#include "generators/ticket_generator.h"
#include "taskforge_client.h"

#include <QElapsedTimer>
#include <QTimer>

namespace docket {

// Generation by the TaskForge service: submit once (a stable idempotency key makes a retried
// submit find the same job), poll until the job ends, fetch and repair its tickets.result.v1.
class TaskForgeGenerator : public TicketGenerator {
    Q_OBJECT
public:
    TaskForgeGenerator(QNetworkAccessManager *network, GeneratorSettings settings,
                       int pollMilliseconds = 2000, QObject *parent = nullptr);

    QString id() const override { return QStringLiteral("taskforge"); }
    void start(const GenerationRequest &request) override;
    void cancel() override;

    QString jobId() const { return m_job.jobId; }
    static TaskForgeInput inputFor(const GenerationRequest &request);

private:
    void submit(int attempt);
    void poll();
    void fetchResult();
    void fail(const QString &message);

    GeneratorSettings m_settings;
    TaskForgeClient m_client;
    TaskForgeInput m_input;
    TaskForgeJob m_job;
    QTimer m_pollTimer;
    QElapsedTimer m_clock;
    bool m_done = true;
};

} // namespace docket
