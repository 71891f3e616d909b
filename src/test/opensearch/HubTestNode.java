import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * One OpenSearch 2.19 node for the tests, run by the JDK's source launcher on the classpath Maven
 * copies to {@code target/opensearch/lib} (see the pom and {@code eu.digilabs.hub.search
 * .OpenSearchNode}): {@code java -cp 'target/opensearch/lib/*' HubTestNode.java <home>}. The node
 * binds to loopback on free ports and writes them to {@code <home>/logs/http.ports}; it stops when
 * its standard input closes, so it never outlives the test JVM that started it. The plugins are
 * those a distribution loads for the hub: Netty for HTTP, the common analysis filters, reindex (delete by query, which Hibernate Search's
 * mass indexer uses to empty an index) and, when its
 * jar is there, k-NN (vectors with its Lucene engine, which needs no native library).
 */
public class HubTestNode {

  public static void main(String[] args) throws Exception {
    // Watch standard input first, on a daemon thread: when the parent closes it or dies, stop at
    // once, whatever state the node is in.
    Thread watch =
        new Thread(
            () -> {
              try {
                while (System.in.read() != -1) {
                  // Nothing is sent; the read ends when the pipe closes.
                }
              } catch (java.io.IOException e) {
                // The pipe broke: the parent is gone.
              }
              Runtime.getRuntime().halt(0);
            });
    watch.setDaemon(true);
    watch.start();
    try {
      start(Path.of(args[0]), args.length > 1 ? args[1] : "0");
    } catch (Throwable e) {
      // Stop at once, whatever threads a half-started node left.
      e.printStackTrace();
      Runtime.getRuntime().halt(1);
    }
    System.out.println("started");
    // OpenSearch's threads are daemons: the node lives as long as this thread waits.
    watch.join();
  }

  private static void start(Path home, String httpPort) throws Exception {
    Files.createDirectories(home.resolve("logs"));
    Settings settings =
        Settings.builder()
            .put("cluster.name", "hub-test")
            .put("node.name", "hub-test")
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("network.host", "127.0.0.1")
            .put("http.port", httpPort)
            .put("transport.port", "0")
            .put("discovery.type", "single-node")
            .put("node.portsfile", true)
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .put("action.auto_create_index", false)
            .build();
    LogConfigurator.configureWithoutConfig(settings);
    List<Class<? extends Plugin>> plugins =
        new ArrayList<>(List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, ReindexPlugin.class));
    try {
      plugins.add(Class.forName("org.opensearch.knn.plugin.KNNPlugin").asSubclass(Plugin.class));
    } catch (ClassNotFoundException e) {
      System.out.println("k-NN plugin not on the classpath: no vector fields");
    }
    Environment environment =
        InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "hub-test");
    new Node(environment, plugins, true) {}.start();
  }
}
