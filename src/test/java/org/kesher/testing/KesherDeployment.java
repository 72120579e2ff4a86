package org.kesher.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What every Arquillian test deploys: the WAR the build made, as it is, at the root context as
 * Kesher is served (Faces checks a protected view's Origin header against the context path).
 */
public final class KesherDeployment {

  private KesherDeployment() {}

  public static WebArchive builtWar() {
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
        .importFrom(new File(System.getProperty("kesher.test.war", "target/kesher.war")))
        .as(WebArchive.class);
  }
}
