package dev.clientsmith.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {
  @TempDir Path dir;

  @Test
  void tunesASmallMachineWhenTheUserConfiguredNothing() {
    assertThat(Launcher.wanted(List.of(), 2, null, null)).isTrue();
    assertThat(Launcher.wanted(List.of("-Xmx2g", "-Dfoo=bar"), 1, null, null)).isTrue();
  }

  @Test
  void leavesTheJvmAloneWhenTheUserChoseOrTheMachineIsLarger() {
    assertThat(Launcher.wanted(List.of(), 8, null, null)).as("more processors").isFalse();
    assertThat(Launcher.wanted(List.of("-XX:+UseG1GC"), 2, null, null)).as("a -XX option").isFalse();
    assertThat(Launcher.wanted(List.of("-Xint"), 2, null, null)).as("-Xint").isFalse();
    assertThat(Launcher.wanted(List.of("-agentlib:jdwp=transport=dt_socket"), 2, null, null)).as("a debugger").isFalse();
    assertThat(Launcher.wanted(List.of(), 2, null, "false")).as("-Dclientsmith.tuneJvm=false").isFalse();
    assertThat(Launcher.wanted(List.of(), 2, "true", null)).as("already the child").isFalse();
  }

  @Test
  void theChildGetsTheUsersJvmArgumentsThenTheTuningThenTheCommand() {
    List<String> command = Launcher.command(Path.of("jdk"), List.of("-Xmx2g"), "cli.jar", new String[] {"generate", "--all"});
    assertThat(command.get(0)).endsWith("java").contains("jdk");
    assertThat(command.subList(1, command.size())).containsExactly("-Xmx2g", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-Dclientsmith.launched=true", "-cp", "cli.jar", "dev.clientsmith.generator.cli.Main", "generate", "--all");
  }

  @Test
  void theChildsExitCodeAndOutputAreTheRunsAndItDoesNotStartAnother() throws IOException {
    Path out = dir.resolve("out.txt");
    List<String> command = Launcher.command(Path.of(System.getProperty("java.home")), List.of(),
        System.getProperty("java.class.path"), new String[] {"--no-such-option"});
    Integer code = Launcher.run(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()));
    assertThat(code).isEqualTo(Main.BAD_INPUT);
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("Unknown option: '--no-such-option'");
  }

  @Test
  void aChildThatCannotStartLeavesTheRunInThisJvm() {
    Path missing = dir.resolve("no-such-java" + File.separator + "java");
    assertThat(Launcher.run(new ProcessBuilder(missing.toString()))).isNull();
  }
}
