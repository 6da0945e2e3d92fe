// The floor for the start-up benchmark: the least a Qt Widgets study window can be, a tree beside a text edit in
// a main window with a menu bar and a status bar. Deep Dive's start-up is reported as a ratio to this program's.
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTreeView>

// Quits once the window has painted its first frame (the same point Deep Dive's --quit-after-first-frame stops at),
// for instruction counts under callgrind.
class FirstFrameQuit : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::UpdateRequest)
            QApplication::exit(0);
        return QObject::eventFilter(watched, event);
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Floor"));
    window.menuBar()->addMenu(QStringLiteral("&File"))->addAction(QStringLiteral("&Quit"), &app, &QApplication::quit);
    auto *splitter = new QSplitter(&window);
    auto *model = new QStandardItemModel(&window);
    for (int s = 0; s < 8; ++s) {
        auto *section = new QStandardItem(QStringLiteral("Section %1").arg(s + 1));
        for (int t = 0; t < 6; ++t)
            section->appendRow(new QStandardItem(QStringLiteral("Topic %1.%2").arg(s + 1).arg(t + 1)));
        model->appendRow(section);
    }
    auto *tree = new QTreeView(splitter);
    tree->setHeaderHidden(true);
    tree->setModel(model);
    tree->expandAll();
    auto *text = new QPlainTextEdit(splitter);
    text->setPlainText(QStringLiteral("def f(x=[]):\n    x.append(1)\n    return x\n"));
    window.setCentralWidget(splitter);
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1280, 800);
    FirstFrameQuit quit;
    if (QApplication::arguments().contains(QStringLiteral("--quit-after-first-frame")))
        window.installEventFilter(&quit);
    window.show();
    return QApplication::exec();
}
