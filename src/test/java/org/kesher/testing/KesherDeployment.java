package org.kesher.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** What every Arquillian test deploys: the WAR the build made, as it is. */
public final class KesherDeployment {

  private KesherDeployment() {}

  public static WebArchive builtWar() {
    return ShrinkWrap.create(ZipImporter.class, "kesher.war")
        .importFrom(new File(System.getProperty("kesher.test.war", "target/kesher.war")))
        .as(WebArchive.class);
  }
}
