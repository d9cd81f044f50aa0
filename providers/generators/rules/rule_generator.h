#pragma once

#include "generators/ticket_generator.h"

#include <QFutureWatcher>

#include <atomic>
#include <memory>

namespace docket {

// The built-in generator, the default: offline and deterministic (see rule_engine.h for the
// rules). Runs on the thread pool so a 10 MB spec never stalls the window.
class RuleGenerator : public TicketGenerator {
    Q_OBJECT
public:
    explicit RuleGenerator(QObject *parent = nullptr);
    ~RuleGenerator() override;

    QString id() const override { return QStringLiteral("rules"); }
    void start(const GenerationRequest &request) override;
    void cancel() override;

private:
    QFutureWatcher<Result<DraftSet>> *m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};

} // namespace docket
