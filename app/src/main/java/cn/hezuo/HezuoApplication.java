package cn.hezuo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class HezuoApplication {
    public static void main(String[] args) {
        SpringApplication.run(HezuoApplication.class, args);
    }
}
