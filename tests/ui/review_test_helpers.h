#pragma once

#include "generate/generation_controller.h"
#include "import/import_controller.h"
#include "mainwindow/main_window.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <functional>

namespace docket::testing {

constexpr int kTaskTimeoutMs = 20000;

// Opens the workspace in the window, imports the bundled sample and generates its drafts.
inline bool openWithGeneratedSample(MainWindow &window, const QString &workspacePath)
{
    if (!window.openWorkspace(workspacePath))
        return false;
    QSignalSpy imported(window.importController(), &ImportController::finished);
    window.importBundledSample();
    if (!imported.wait(kTaskTimeoutMs))
        return false;
    QSignalSpy generated(window.generationController(), &GenerationController::finished);
    window.generateTickets(GeneratorSettings{});
    return generated.wait(kTaskTimeoutMs);
}

// Runs `handle` on the next modal dialog as soon as it is shown (dialogs block in exec()).
template <typename Dialog>
void whenDialogOpens(std::function<void(Dialog *)> handle)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, handle] {
        if (auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            handle(dialog);
        }
    });
    timer->start();
}

} // namespace docket::testing
