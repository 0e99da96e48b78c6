package vn.vanthu.core;

import org.springframework.context.SmartLifecycle;

/**
 * Work that must be done before VanThu answers its first request: loading data it cannot serve without, or refusing
 * to start at all. It runs once the application is wired (event listeners included) and before the web server opens;
 * a lower {@code phase} runs earlier.
 */
public abstract class StartupTask implements SmartLifecycle {

    private final int phase;
    private volatile boolean done;

    protected StartupTask(int phase) {
        this.phase = phase;
    }

    protected abstract void run();

    @Override
    public final void start() {
        run();
        done = true;
    }

    @Override
    public final void stop() {
        done = false;
    }

    @Override
    public final boolean isRunning() {
        return done;
    }

    @Override
    public final int getPhase() {
        return phase;
    }
}
