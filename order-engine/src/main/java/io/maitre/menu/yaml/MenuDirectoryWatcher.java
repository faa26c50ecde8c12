package io.maitre.menu.yaml;

import io.maitre.menu.MenuChanged;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Looks at the menu directory every {@code maitre.menu.reload-interval} and, once what it holds has changed and then
 * stayed the same for one more look (an editor's save is done), reloads the catalog and publishes a
 * {@link MenuChanged} per outlet replaced. An edit is thus served two to three intervals after it was saved. Does
 * nothing when no directory is configured or the interval is zero.
 */
@Component
public final class MenuDirectoryWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MenuDirectoryWatcher.class);

    private final YamlMenuCatalog catalog;
    private final MenuProperties properties;
    private final ApplicationEventPublisher events;
    private ScheduledExecutorService scheduler;
    private List<FileSignature> lastSeen;
    private boolean pending;

    public MenuDirectoryWatcher(YamlMenuCatalog catalog, MenuProperties properties, ApplicationEventPublisher events) {
        this.catalog = catalog;
        this.properties = properties;
        this.events = events;
    }

    /**
     * One look at the directory: notes a change, or reloads when the change it noted last time has settled.
     * Never throws: a failure is logged and the next look tries again.
     */
    synchronized void poll() {
        try {
            Path directory = catalog.directory();
            List<FileSignature> now = FileSignature.of(YamlMenuCatalog.directoryFiles(directory));
            if (lastSeen == null) {
                lastSeen = now;
                return;
            }
            if (!now.equals(lastSeen)) {
                lastSeen = now;
                pending = true;
                return;
            }
            if (pending) {
                pending = false;
                catalog.reload().forEach(events::publishEvent);
            }
        } catch (RuntimeException e) {
            log.warn("Menu directory {} could not be looked at: {}", catalog.directory(), e.toString());
        }
    }

    @Override
    public synchronized void start() {
        if (scheduler != null || !properties.reloads()) {
            return;
        }
        lastSeen = null;
        poll();
        long interval = properties.reloadInterval().toMillis();
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "menu-reload");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
        log.info("Watching menu directory {} every {}", catalog.directory(), properties.reloadInterval());
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
