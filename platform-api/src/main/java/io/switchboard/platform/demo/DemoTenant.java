package io.switchboard.platform.demo;

import io.switchboard.platform.PlatformProperties;
import io.switchboard.platform.crm.CrmIntegrations;
import io.switchboard.platform.keys.ApiKeys;
import io.switchboard.platform.keys.IssuedKey;
import io.switchboard.platform.keys.KeyKind;
import io.switchboard.platform.tenants.Tenants;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * On a database without tenants, creates a demo tenant with a secret and a publishable key, connects it to the
 * platform's demo CRM (so that order questions work out of the box), and writes the keys to a local file (mode 600)
 * for the run command to print; keys never go to the log.
 */
@Component
@ConditionalOnBooleanProperty("switchboard.demo.enabled")
class DemoTenant implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTenant.class);

    private final Tenants tenants;
    private final ApiKeys keys;
    private final CrmIntegrations crm;
    private final Path keysFile;

    DemoTenant(Tenants tenants, ApiKeys keys, CrmIntegrations crm, PlatformProperties properties) {
        this.tenants = tenants;
        this.keys = keys;
        this.crm = crm;
        this.keysFile = Path.of(properties.demo().keysFile());
    }

    @Override
    public void run(ApplicationArguments args) {
        Boolean exists = tenants.any().block();
        if (Boolean.TRUE.equals(exists)) {
            log.info("Tenants exist; no demo tenant created (keys of an earlier demo, if any, are in {})", keysFile);
            return;
        }
        var tenant = tenants.create(
                        "Demo Shop", "starter", "ecommerce", "You are the friendly assistant of Demo Shop.", "demo")
                .block();
        crm.connectDemo(tenant.id(), "demo").block();
        IssuedKey secret = keys.issue(tenant.id(), KeyKind.SECRET, Set.of("admin", "chat"), List.of(), "demo")
                .block();
        IssuedKey publishable = keys.issue(
                        tenant.id(),
                        KeyKind.PUBLISHABLE,
                        Set.of("widget"),
                        List.of("http://localhost:8080", "http://127.0.0.1:8080"),
                        "demo")
                .block();
        write(String.join(
                "\n",
                "SWITCHBOARD_DEMO_TENANT_ID=" + tenant.id(),
                "SWITCHBOARD_DEMO_SECRET_KEY=" + secret.secret(),
                "SWITCHBOARD_DEMO_PUBLISHABLE_KEY=" + publishable.secret(),
                ""));
        log.info("Demo tenant {} created; its keys are in {}", tenant.id(), keysFile);
    }

    private void write(String content) {
        try {
            Path parent = keysFile.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(keysFile, content);
            Files.setPosixFilePermissions(keysFile, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo keys to " + keysFile, e);
        }
    }
}
