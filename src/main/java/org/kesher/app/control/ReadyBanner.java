package org.kesher.app.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The last start-up step: tells the console where Kesher answers. */
@Singleton
@Startup
// after the stranded-cases report, which comes after DemoData: one chain (Payara took DemoData
// named twice, here and by the report, for a cycle)
@DependsOn("StrandedCasesReport")
public class ReadyBanner {

  @Inject
  @ConfigProperty(name = "kesher.public-url")
  String publicUrl;

  @PostConstruct
  void announce() {
    System.out.println("Kesher is ready: " + publicUrl + "/");
  }
}
